# Two lists holding each other.
# %%
import gc
gc.collect()
a = [1]
b = [2, a]
a.append(b)
print(a, b)
del a, b
print(gc.collect())
