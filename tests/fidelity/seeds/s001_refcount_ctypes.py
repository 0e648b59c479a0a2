# %% [markdown]
# Seed 001 "Finding the Reference Count" (In [4] to In [7]), kept as written.
# %%
import sys

a = [1, 2, 3]

sys.getrefcount(a)
# %%
import ctypes

def true_ref_count(address: int):
    return ctypes.c_long.from_address(address).value
# %%
b = [2, 4, 6]

true_ref_count(id(b))
# %%
c = [3, 5, 7]
d = c

true_ref_count(id(c))
