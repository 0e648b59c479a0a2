# Closures capture variables (late binding); nonlocal rebinds an enclosing variable.
# %%
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
# %%
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    v = 'outer'
    def middle():
        def inner():
            return v
        return inner
    v = 'changed'
    return middle()()
print(outer())
print(counter.__name__, c1.__name__, c1.__qualname__)
