# References held while an object is passed through loops, calls (positional, *args, **kwargs), attributes,
# exceptions, generators, with-statements and containers.
# %%
import sys
x = object()
rc = lambda: sys.getrefcount(x)
base = sys.getrefcount(x)
print(base > 0)
for item in [x, x]:
    print(sys.getrefcount(x) - base)
print(sys.getrefcount(x) - base)
print([sys.getrefcount(x) - base for _ in range(1)])
def take(a, b=None, *args, **kw):
    return sys.getrefcount(x) - base
print(take(x), take(x, x), take(x, x, x), take(x, k=x), take(*[x]), take(**{"a": x}))
# %%
class C:
    attr = x
    def m(self):
        return sys.getrefcount(x) - base
print(sys.getrefcount(x) - base)
c = C()
c.inst = x
print(sys.getrefcount(x) - base, c.m())
bound = c.m
print(sys.getrefcount(c))
del bound
print(sys.getrefcount(c))
# %%
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x) - base, sys.getrefcount(e))
print(sys.getrefcount(x) - base)
# %%
def gen():
    yield x
    yield x
g = gen()
print(sys.getrefcount(x) - base)
v = next(g)
print(sys.getrefcount(x) - base)
del v, g
print(sys.getrefcount(x) - base)
# %%
class CM:
    def __enter__(self): return x
    def __exit__(self, *a): return False
with CM() as y:
    print(sys.getrefcount(x) - base)
print(sys.getrefcount(x) - base)
del y
print(sys.getrefcount(x) - base)
# %%
d = {x: x}
s = {x}
t = (x, [x])
print(sys.getrefcount(x) - base)
del d, s, t
print(sys.getrefcount(x) - base)
import gc
print(len(gc.get_referrers(x)) >= 1)
# %%
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a[:]
print(sys.getrefcount(a), sys.getrefcount(b))
it = iter(a)
print(sys.getrefcount(a))
del it
m = map(str, a)
print(sys.getrefcount(a))
e = enumerate(a)
z = zip(a, a)
print(sys.getrefcount(a))
