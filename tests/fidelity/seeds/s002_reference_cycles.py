# %% [markdown]
# Seed 002, In [12] and In [13] ("Reference cycles").
# Changed: In [13] printed `sys.getrefcount(None)` (d1 and d2 are None there; 33437 in the seed depends
# on the whole interpreter); it now prints whether the count is an int.
# %%
import sys
# %%
d1 = {}
d2 = {}
d1["d2"] = d2
d2["d1"] = d1
print(sys.getrefcount(d1))
print(sys.getrefcount(d2))
# %%
d1 = {}
d2 = {}
d1["d2"] = d2
d2["d1"] = d1
d1 = None
d2 = None
print(type(sys.getrefcount(d1)) is int)
print(type(sys.getrefcount(d2)) is int)
