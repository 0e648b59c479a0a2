# Classes derived from a namedtuple: methods, __slots__ = () keeping instances dict-free, a
# subclass without __slots__ getting a __dict__, copies through __getnewargs__, and match patterns.
import copy, sys
from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(1, -2) + Vec(3, 4)
print(v, v.norm1, Vec.__mro__[1].__name__, hasattr(v, '__dict__'), sys.getsizeof(v))
# %%
class Tagged(namedtuple('Tagged', 'name value')):
    def __repr__(self):
        return f'<{self.name}:{self.value}>'
t = Tagged('a', 1)
t.note = 'extra'
print(t, t.note, t.__dict__, sys.getsizeof(t) > sys.getsizeof(('a', 1)))
# %%
Point = namedtuple('Point', 'x y')
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q == p, q.x is p.x, r.x is p.x, type(r).__name__)
match p:
    case Point(x=[n], y=2):
        print('matched', n)
match Point(5, 6):
    case Point(a, b):
        print('positional', a, b)
