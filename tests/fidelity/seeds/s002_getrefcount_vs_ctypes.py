# %% [markdown]
# Seed 002, In [14] to In [19] ("Difference between sys.getrefCount and c_types refcount"), kept as written.
# Added: the first cell imports sys (the seed imported it in an earlier section).
# %%
import sys
# %%
import ctypes as ct

def RefCount(address):
    return ct.c_long.from_address(address).value
# %%
d1 = {}
d2 = {}
d1["d2"] = d2
d2["d1"] = d1
a1 = id(d1)
a2 = id(d2)
print(sys.getrefcount(d1))
print(sys.getrefcount(d2))
# %%
d1 = {}
d2 = {}
d1["d2"] = d2
d2["d1"] = d1
a1 = id(d1)
a2 = id(d2)
print(RefCount(a1))
print(RefCount(a2))
# %%
d1 = {}
d2 = {}
d1["d2"] = d2
d2["d1"] = d1
a1 = id(d1)
a2 = id(d2)
del d1,d2
print(RefCount(a1))
print(RefCount(a2))
# %%
d1 = 2300
d2 = 4000
a1 = id(d1)
a2 = id(d2)
print(RefCount(a1))
print(RefCount(a2))
# %%
d1 = 2300
d2 = 4000
a1 = id(d1)
a2 = id(d2)
del d1,d2
print(RefCount(a1))
print(RefCount(a2))
