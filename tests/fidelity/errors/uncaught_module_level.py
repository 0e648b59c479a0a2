# An uncaught exception stops its cell (after earlier output) and the next cell still runs.
# %%
print('before')
x = 1 / 0
print('not reached')
# %%
print('next cell runs', 'x' in globals())
