# Subclassing tuple: var-sized layout (dictoffset -8), __new__ overrides, nonempty __slots__ refused.
import sys, gc, weakref

class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t), t == (1, 2, 3), hash(t) == hash((1, 2, 3)), t[1:], type(t[1:]))
print(sys.getsizeof(t), sys.getsizeof(T()), T.__basicsize__, T.__itemsize__, T.__dictoffset__, T.__weakrefoffset__)
t.name = 'n'
print(t.__dict__, gc.is_tracked(t), gc.is_tracked(T()))
try:
    weakref.ref(t)
except TypeError as e:
    print(e)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(3, 4)
print(p, p.x, len(p), p + (5,), type(p + (5,)))
try:
    class Bad(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
Pt = type('Pt', (tuple,), {'__slots__': (), 'x': property(lambda self: self[0])})
q = Pt((7, 8))
print(q, q.x, sys.getsizeof(q), hasattr(q, '__dict__'))
