# A traceback through nested calls lists each frame, with functions defined in earlier cells.
# %%
def level3(d):
    return d['missing']

def level2(d):
    value = level3(d)
    return value
# %%
def level1():
    data = {}
    return level2(data)

level1()
# %%
print('still running')
