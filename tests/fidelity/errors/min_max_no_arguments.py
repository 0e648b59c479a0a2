# min()/max() with no positional arguments: TypeError, also when only keywords are given.
max()
# %%
min()
# %%
max(key=len)
# %%
min(default=0)
# %%
print(max([], default=None), min([3, 1, 2]), max(1, 2, key=lambda v: -v))
# %%
max(1, 2, default=0)
# %%
max([])
