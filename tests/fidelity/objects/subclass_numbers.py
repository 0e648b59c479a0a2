# Subclassing int and float: *_subtype_new, sizes, __dict__, weakrefs, base methods return base types.

import sys, gc, weakref
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, type(p), p + 1, type(p + 1), p == 5, hash(p) == hash(5), isinstance(p, int))
print(sys.getsizeof(p), sys.getsizeof(Pos(0)), sys.getsizeof(Pos(2**40)), Pos.__basicsize__, Pos.__itemsize__, Pos.__dictoffset__, Pos.__weakrefoffset__)
p.unit = 'm'
print(p.__dict__, gc.is_tracked(p), sys.getrefcount(p))
print(Pos(3) is Pos(3), int(Pos(7)), type(int(Pos(7))))
class Meters(float):
    def __repr__(self):
        return f"{float(self)} m"
m = Meters(2.5)
print(m, repr(m), m * 2, type(m * 2), sys.getsizeof(m), Meters.__basicsize__, Meters.__dictoffset__, Meters.__weakrefoffset__)
r = weakref.ref(m)
print(r() is m, gc.is_tracked(m))
del m
print(r())
