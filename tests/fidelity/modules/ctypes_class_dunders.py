# Methods a ctypes class statement defines take over its slots (repr, ==, __init__, len, ...), as
# for any class; ctypes/__init__.py's own __repr__ of c_char_p / py_object run through them.
# %%
import ctypes
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]
    def __init__(self, x, y):
        super().__init__(x * 10, y * 10)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
p = Point(1, 2)
print(p, [p], p == Point(1, 2), p != Point(2, 1), len(p), bool(p))
class Point3(Point):
    _fields_ = [("z", ctypes.c_int)]
print(Point3(1, 2), ctypes.sizeof(Point3))
# %%
class Meters(ctypes.c_double):
    def __repr__(self):
        return f"{self.value} m"
    def __str__(self):
        return "meters"
print(Meters(2.5), repr(Meters(1.0)), [Meters(3.0)], str(Meters(0.0)))
# %%
s = ctypes.c_char_p(b"hi")
print(repr(s).startswith("c_char_p("), repr(s)[9:-1] == str(ctypes.cast(s, ctypes.c_void_p).value))
print(ctypes.py_object(), ctypes.py_object(5), ctypes.c_long(3), repr(ctypes.c_wchar_p("x")).startswith("c_wchar_p("))
v = ctypes.c_long.from_buffer(ctypes.c_long(9))
print(v.value, v._b_needsfree_)
try:
    ctypes.c_int.from_buffer(ctypes.c_byte(1))
except ValueError as e:
    print(e)
