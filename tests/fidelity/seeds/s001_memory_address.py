# %% [markdown]
# Seed 001 "Variables are just Memory References" (In [1] to In [3]).
# Changed: In [2] and In [3] echoed `id(my_var)` and `hex(id(my_var))` (raw addresses); they now echo
# comparisons with the id of the literal 10 (small ints are cached, so the literal is the same object).
# %%
my_var = 10
# %%
id(my_var) == id(10)
# %%
hex(id(my_var)) == hex(id(10))
