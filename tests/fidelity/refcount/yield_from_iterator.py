import sys
it = iter([1, 2, 3])
def g(src):
    yield from src
x = g(it)
print(next(x), sys.getrefcount(it))
print(list(x), sys.getrefcount(it))
del x
print(sys.getrefcount(it))
# %%
lst = [4, 5]
r = range(3)
def inner():
    yield 1
    return 7
def outer():
    v = yield from inner()
    yield v
gen = inner()
print(list(g(lst)), list(g(r)), list(outer()), sys.getrefcount(lst), sys.getrefcount(r))
y = g(gen)
print(next(y), sys.getrefcount(gen))
del y
print(sys.getrefcount(gen))
