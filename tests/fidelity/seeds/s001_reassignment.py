# %% [markdown]
# Seed 001 "Variable Re-Assignment" (In [32] to In [38]).
# Changed: each cell printed `hex(id(my_var))` (a raw address). The addresses are kept in variables and
# the cells print comparisons with the previous address and the distance between the small-int objects
# (each cached small int is a 32-byte object in one static array, so 15 sits 5 * 32 bytes after 10).
# %%
my_var = 10

print(hex(id(my_var)) == hex(id(10)))
first = id(my_var)
# %%
my_var = 15

print(hex(id(my_var)) == hex(first), id(my_var) - first)
second = id(my_var)
# %%
my_var = my_var + 5

print(hex(id(my_var)) == hex(second), id(my_var) - second)
# %%
x = 10
y = 10
# %%
print(hex(id(x)) == hex(id(y)))
print(hex(id(y)) == hex(first))
