# array.array as an object: refcounts, gc tracking and referents, weak references, iterators,
# subclasses, identity of slices and copies, and memory reuse after deletion.
import sys, gc, weakref
from array import array

a = array('i', [1, 2, 3])
print(sys.getrefcount(a), gc.is_tracked(a), gc.get_referents(a))
b = a
print(sys.getrefcount(a), b is a)
del b
print(sys.getrefcount(a))
x = a[0]
print(type(x).__name__, x is a[0], a[0] is 1)

# %%
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())

# %%
a = array('d', [1.5, 2.5])
it = iter(a)
print(type(it).__name__, type(it).__module__, sys.getrefcount(a), gc.is_tracked(it))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(sys.getrefcount(a), list(it), sys.getsizeof(it))
it2 = iter(a)
a.append(3.5)
print(list(it2))

# %%
class Samples(array):
    def mean(self):
        return sum(self) / len(self)

s = Samples('d', [1.0, 2.0, 4.5])
print(s, s.mean(), type(s[:2]).__name__, isinstance(s, array), len(s))
s.label = 'temps'
print(s.label, s.typecode, s + array('d', [1.0]))
class Stamped(array):
    def __new__(cls, code, values, stamp):
        self = super().__new__(cls, code, values)
        self.stamp = stamp
        return self
t = Stamped('b', [1, 2], stamp=5)
print(t, t.stamp)

# %%
a = array('i', range(5))
c1 = a[:]
c2 = array('i', a)
print(c1 == a, c1 is a, c2 == a, c2 is a)
for v in a:
    print(v, end=' ')
print()
print([v * 2 for v in array('b', [1, -2])], sorted(array('h', [3, 1, 2])), list(reversed(array('i', [1, 2]))))
print(dict.fromkeys(array('u', 'aab')), set(array('B', b'hello')) == set(b'hello'))

# %%
gc.collect()
class Holder:
    pass
h = Holder()
h.data = array('i', [1, 2])
h.self = h
del h
print(gc.collect())
