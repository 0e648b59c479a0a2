# %% [markdown]
# Seed 000 "Memory Management", section "Reference counting" (two code blocks).
# Changed: the seed printed `id(a)` and `id(x)` (raw addresses); here both prints compare them instead
# (`id(a) == id(x)`, `hex(id(a)) == hex(id(x))`), which is what the seed's comment "same as id(a)" states.
# %%
x = 10
a = x
# %%
import ctypes
import sys

x = [1, 2, 3]
a = x
print(id(a) == id(x))
print(hex(id(x)) == hex(id(a)))  # same as id(a)
print(sys.getrefcount(a))  # 3
print(ctypes.c_long.from_address(id(a)).value)  # 2
