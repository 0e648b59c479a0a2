# %% [markdown]
# Seed 002 "Memory Management", In [1] to In [4] ("Stack area" and "Use of id()").
# Changed: the cells printed `id(a)` and `hex(id(...))` (raw addresses). They now print comparisons
# between those ids, and the distance between two cached small ints (a static array of 32-byte objects).
# %%
a = 2
# %%
a = 2
print(id(a) == id(2))
print(hex(id(a)) == hex(id(2)))
# %%
b = 2
print(hex(id(b)) == hex(id(a)))
# %%
a = 10
print(hex(id(a)) == hex(id(b)), id(a) - id(b))
print(hex(id(b)) == hex(id(2)))
