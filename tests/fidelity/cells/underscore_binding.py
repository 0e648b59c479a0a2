# The echoed value is bound to _; a None result leaves _ unchanged.
# %%
10 * 4
# %%
_ + 2
# %%
print(_)
# %%
None
# %%
_
# %%
y = 7
# %%
_
