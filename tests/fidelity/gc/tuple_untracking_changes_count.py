# A tuple of atoms is tracked until a collection untracks it; only tracked garbage is counted.
# %%
import gc
gc.collect()
t = tuple([1, 2])
box = [t]
box.append(box)
del t, box
print(gc.collect())
# %%
gc.collect()
t = tuple([1, 2])
box = [t]
box.append(box)
gc.collect(0)
print(gc.is_tracked(t))
del t, box
print(gc.collect())
