# Subclasses of enumerate, zip, map, filter and reversed: overridden methods, __init__, keyword rules
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
e = E('ab', start=1)
print(list(e), type(e).__name__, isinstance(e, enumerate))
class Z(zip):
    pass
print(list(Z('ab', 'cd')), Z.__mro__)
class M(map):
    def __repr__(self):
        return 'M!'
m = M(str.upper, 'xy')
print(m, list(m))
class F(filter):
    extra = 1
print(list(F(None, [0, 1, 2])), F(None, []).extra)
class R(reversed):
    pass
print(list(R([1, 2, 3])))
# %%
class E2(enumerate):
    def __init__(self, it, start=0):
        self.tag = start
e2 = E2('xyz', 5)
print(e2.tag, next(e2), e2.__dict__)
import sys
print(sys.getsizeof(enumerate('a')) < sys.getsizeof(E2('a')))
# %%
import itertools
import weakref
class M(map):
    pass
try:
    M(str, 'a', x=1)
except TypeError as e:
    print(e)
class M2(map):
    def __init__(self, *args, **kw):
        self.kw = kw
m = M2(str.upper, 'ab', x=1)
print(list(m), m.kw)
class F(filter):
    def __init__(self, *a, **k): pass
print(list(F(None, [0, 3], y=2)))
class Z(zip):
    pass
print(list(Z('ab', 'cd', strict=True)))
try:
    list(Z('ab', 'c', strict=True))
except ValueError as e:
    print(e)
class R(reversed):
    pass
r = R(range(3))
print(type(r).__name__, list(r))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return 'xy'[i]
r = R(Seq())
print(type(r).__name__, list(r), r.__reduce__()[0].__name__)
