# NameError messages with 3.11's "Did you mean" suggestions.
# %%
prnt('x')
# %%
counter = 1
conter + 1
# %%
def f():
    local_value = 1
    return local_valeu
f()
# %%
completely_unknown_name_xyz
# %%
lenn([])
