# IndentationError and TabError variants; the following cell still runs.
# %%
if True:
print('no indent')
# %%
x = 1
    y = 2
# %%
def f():
    return 1
  return 2
# %%
print('after indentation errors')
