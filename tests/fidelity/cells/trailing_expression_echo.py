# A cell's trailing expression is echoed with repr; None is not echoed.
# %%
1 + 1
# %%
'text'
# %%
None
# %%
print('printed')
# %%
[1, 'a', None]
# %%
x = 5
x
# %%
def nothing():
    return None
nothing()
# %%
x * 2  # a comment after the expression
# %%
(x,
 x + 1)
