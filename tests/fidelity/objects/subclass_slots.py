# __slots__ on list/dict subclasses: named slots, '__weakref__' and '__dict__' entries, sizes and offsets; any slot on a tuple subclass.
import sys, weakref, gc
class A(list): __slots__ = ('a', 'b')
class W(list): __slots__ = ('__weakref__',)
class Dd(list): __slots__ = ('__dict__',)
class DW(dict): __slots__ = ('x', '__dict__', '__weakref__')
for C in (A, W, Dd, DW):
    o = C()
    print(C.__name__, sys.getsizeof(o), C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__, hasattr(o, '__dict__'))
for slots in (('__weakref__',), ('__dict__',), ('a',)):
    try:
        type('TW', (tuple,), {'__slots__': slots})
    except TypeError as e:
        print(e)
a = A([1]); a.a = 1; a.b = [a]
print(a.a, a.b[0] is a, gc.is_tracked(a))
del a
print(gc.collect())
w = W([2]); r = weakref.ref(w); print(r() is w); del w; print(r())
d = Dd(); d.z = 1; print(d.__dict__)
dw = DW(k=1); dw.x = 2; dw.y = 3; print(dw, dw.x, dw.__dict__, weakref.ref(dw)() is dw)
