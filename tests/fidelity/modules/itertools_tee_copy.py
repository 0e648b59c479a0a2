# tee(it, n): n iterators over one buffer; the first is iter(it) itself when that has __copy__ (a
# tee is copied, not wrapped again); _tee's __copy__, __reduce__ and its errors.
import copy
import gc
import sys
import itertools
from itertools import tee
print(tee([1, 2], 0), len(tee('ab', 5)), tee.__doc__, tee.__text_signature__)
x, y, z = tee(range(3), 3)
print(list(x), list(y), next(z), list(z))
a, b = tee('abc')
c, d = tee(a)
print(c is a, type(d).__name__, next(a), next(d), next(b))
e = copy.copy(b)
print(type(e).__name__, next(e), next(b), next(e))
print(gc.get_referents(e)[0] is gc.get_referents(b)[0], gc.is_tracked(e))
# %%
class Copyable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def __copy__(self):
        return Copyable(self.n * 10)
src = Copyable(1)
p, q, r = tee(src, 3)
print(p is src, q.n, r.n, next(p), next(q), next(r))
# %%
for args in ((), ([1], -1), ([1], 'x'), (5,), ([1], 2, 3), ([1], 2**63)):
    try:
        tee(*args)
    except Exception as exc:
        print(type(exc).__name__, exc)
# %%
T = type(tee([])[0])
t = T([4, 5, 6])
print(next(t), T(t) is not t, next(T(t)), next(t))
for call in (lambda: T(), lambda: T([1], [2]), lambda: T(iterable=[1]), lambda: T(5)):
    try:
        call()
    except TypeError as exc:
        print(exc)
try:
    class Sub(T):
        pass
except TypeError as exc:
    print(exc)
# %%
def gen():
    yield next(g1)
g1, g2 = tee(gen())
try:
    next(g1)
except RuntimeError as exc:
    print(exc)
# %%
u, v = tee([7, 8, 9])
next(u)
cls, args, state = u.__reduce__()
print(cls.__name__, args, type(state[0]).__name__, state[1])
dcls, dargs = state[0].__reduce__()
print(dcls.__name__, type(dargs[0]).__name__, dargs[1], dargs[2])
w = cls(*args)
w.__setstate__(state)
print(list(w), list(v))
for bad in (5, (1,), (state[0], 58), (state[0], 1.5), (1, 2)):
    try:
        w.__setstate__(bad)
    except Exception as exc:
        print(type(exc).__name__, exc)
# %%
D = type(state[0])
print(sorted(vars(T)), D.__name__, D.__module__)
for args in (([1], [1, 2], None), ([1], [0] * 57, None), ([1], [], D([], [], None)), ([1], (1,), None)):
    try:
        print(type(D(*args)).__name__)
    except Exception as exc:
        print(type(exc).__name__, exc)
print(T.__doc__, D.__doc__.splitlines()[0], T.__copy__.__doc__)
import weakref
ref = weakref.ref(u)
del u
print(ref())
