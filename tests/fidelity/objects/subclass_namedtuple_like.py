# namedtuple-style classes made with type(name, (tuple,), ns); __new__ + __init__ on a tuple subclass.

import sys, gc
def make_point(name, fields):
    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} takes {len(fields)} arguments")
        return tuple.__new__(cls, args)
    def __repr__(self):
        return name + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'
    ns = {'__slots__': (), '__new__': __new__, '__repr__': __repr__, '_fields': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)
Point = make_point('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), type(p).__name__, Point.__mro__, Point._fields)
x, y = p
print(x + y, len(p), p[::-1], hash(p) == hash((1, 2)), sys.getsizeof(p), gc.is_tracked(p))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(sys.getrefcount(p), Point.__basicsize__, Point.__dictoffset__, Point.__weakrefoffset__, hasattr(p, '__dict__'))
# %%
class Pair(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, (a, b))
        self.label = f'{a}-{b}'
        return self
    def __init__(self, a, b):
        print('init', a, b, len(self))
q = Pair('a', 'b')
print(q, q.label, q.__dict__, sys.getsizeof(q), q.count('a'), q.index('b'))
print(tuple(q), type(tuple(q)), tuple(q) is q, q + q, type(q * 2))
r = Pair(1, [])
print(gc.is_tracked(r), gc.is_tracked(Pair(1, 2)))
# %%
Alias = type('Alias', (list,), {'first': lambda self: self[0]})
a = Alias('xyz')
print(a.first(), a, type(a), Alias.__bases__, Alias.__basicsize__, sys.getsizeof(a))
D2 = type('D2', (dict,), {'__missing__': lambda self, k: k.upper()})
print(D2()['q'], D2(a=1)['a'])
