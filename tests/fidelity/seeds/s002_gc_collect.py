# %% [markdown]
# Seed 002, In [20] to In [22] ("Garbage collection and its attributes"). In [20] and In [21] are kept as written.
# Added: the first cell defines RefCount (from the seed's In [14]). In [22] printed 23 in the notebook,
# where the collector also found the notebook's own garbage; here only the two dicts are garbage.
# Changed: In [22]'s last two prints read the freed dicts' refcount words (0 and 0 in the seed, but the
# freed blocks may be reused by then: 3.11.2 printed 0 and 1); they now print whether the value is an int.
# %%
import ctypes as ct

def RefCount(address):
    return ct.c_long.from_address(address).value
# %%
import gc
# %%
d1 = 2300
d2 = 4000
a1 = id(d1)
a2 = id(d2)
del d1,d2
print(gc.collect())
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
print(gc.collect())
print(type(RefCount(a1)) is int)
print(type(RefCount(a2)) is int)
