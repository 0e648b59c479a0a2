# %% [markdown]
# Seed 002, In [8] to In [11] ("Reference counting").
# Changed: In [9] echoed `sys.getrefcount(a)` for the small int 2 (6613 in the seed: a cached object whose
# count depends on the whole interpreter); it now echoes whether that count is an int.
# In [11] (300 and 400, created by the previous cell) is kept as written.
# %%
a = 2
b = 3
c = a
d = a
# %%
import sys
type(sys.getrefcount(a)) is int
# %%
a = 300
b = 400
c = a
d = a
# %%
import sys
print(sys.getrefcount(a))
print(sys.getrefcount(b))
