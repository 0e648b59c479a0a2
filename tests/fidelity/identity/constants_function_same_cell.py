# Constants of a function defined in the same cell are merged with the cell's own constants.
# %%
def f():
    return 1000

def g():
    return 'hello world'

x = 1000
s = 'hello world'
print(f() is x, g() is s)
# %%
y = 1000
print(f() is y, f() is f())
