# %% [markdown]
# Seed 002, In [5] to In [7] ("Use of `is` keyword").
# Changed: In [7] printed `id(a)` and `id(b)` (raw addresses); it now prints whether they are equal and
# their difference (2 and 20 are cached small ints, 18 * 32 bytes apart).
# %%
a = 2
b = 2
b is a
# %%
a = 2
b = 20
b is a
# %%
print(id(a) == id(b))
print(id(b) - id(a))
