# A tuple cannot refer to itself directly, but a tuple inside a list it contains makes a cycle.
# %%
import gc
gc.collect()
l = []
t = (l,)
l.append(t)
print(l)
del l, t
print(gc.collect())
