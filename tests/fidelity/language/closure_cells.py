# Closures keep variables alive in cells; cell_contents shows the current value.
# %%
import sys
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)
print(type(c.__closure__[0]).__name__)
print(c.__code__.co_freevars)
print(counter.__code__.co_cellvars)
# %%
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_late()])
# %%
data = [1, 2, 3]
def outer():
    captured = data
    def inner():
        return captured
    return inner
print(sys.getrefcount(data))
fn = outer()
print(sys.getrefcount(data))
print(fn() is data)
del fn
print(sys.getrefcount(data))
# %%
def no_closure():
    return 1
print(no_closure.__closure__)
