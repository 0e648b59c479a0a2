# collections.namedtuple builds a tuple subclass: field access, indexing, unpacking, repr, the
# class attributes it sets and __module__ taken from the caller's globals ('__main__' in a cell).
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(Point.__module__, Point.__name__, Point.__qualname__, Point.__doc__)
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__slots__)
print(Point.__bases__, Point.__mro__)
# %%
print(repr(Point.x), Point.x.__doc__, Point.y.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p)
print(Point._make([5, 6]), Point._make(range(2)))
print(p.__getnewargs__(), Point(y=4, x=3), Point(7, y=8))
# %%
Point3 = namedtuple('Point3', ['x', 'y', 'z'], defaults=[0])
print(Point3(1, 2), Point3._field_defaults, Point3.__new__.__defaults__)
Coords = namedtuple('Coords', 'lat, lon', module='geo')
print(Coords.__module__, Coords(1.5, 2.5))
Single = namedtuple('Single', 'value')
print(Single(3), Single.__doc__)
R = namedtuple('R', ['a', 'def', 'a', '_x', '2'], rename=True)
print(R._fields)
