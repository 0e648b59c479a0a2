# A cell that raises prints its earlier output and the traceback, but no echo; the next cell runs.
# %%
print('before error')
y = undefined + 1
y
# %%
1 / 0
# %%
'next cell echoes'
# %%
_
