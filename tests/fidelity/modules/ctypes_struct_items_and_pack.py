# ctypes arrays and fields of structure type (_PyCData_set): instances are copied, tuples go through
# the type's constructor, b_objects keeps what the value kept; pointer fields take None and arrays.
import ctypes
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
arr = (Point * 3)(Point(1, 2), (3, 4))
print(list(arr), arr._objects)
src = Point(5, 6)
arr[2] = src
src.x = 50
print(arr[2], src, arr._objects, src._objects)
# %%
for bad in (5, (1, 2, 3), ("a", 1), None):
    try:
        arr[0] = bad
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
class Other(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]
class SubPoint(Point):
    pass
try:
    arr[0] = Other(1, 2)
except TypeError as e:
    print(e)
arr[0] = SubPoint(8, 9)
print(arr[0])
# %%
class Line(ctypes.Structure):
    _fields_ = [("start", Point), ("end", Point), ("tag", ctypes.c_char_p)]
ln = Line(Point(0, 0), (10, 20))
ln.end = (7, 8)
print(ln.start, ln.end, ln._objects)
lines = (Line * 2)()
lines[1].tag = b"second"
lines[1].start = Point(1, 1)
print(lines[1].tag, lines[1].start, lines._objects)
# %%
class Item(ctypes.Structure):
    _fields_ = [("value", ctypes.c_int), ("ptr", ctypes.POINTER(ctypes.c_int))]
n = ctypes.c_int(42)
it = Item(1, ctypes.pointer(n))
print(it.ptr.contents.value, bool(it.ptr))
it.ptr = None
print(bool(it.ptr), it._objects)
buf = (ctypes.c_int * 4)(1, 2, 3, 4)
it.ptr = buf
print(it.ptr[2], type(it._objects["1"]).__name__, it._objects["1"][1] is buf)
try:
    it.ptr = (ctypes.c_short * 2)()
except TypeError as e:
    print(e)
# %%
# _pack_ caps each field's alignment (and so the structure's).
class Packed(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_int), ("c", ctypes.c_short)]
class Pack2(ctypes.Structure):
    _pack_ = 2
    _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_double)]
class Pack16(ctypes.Structure):
    _pack_ = 16
    _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_double)]
class Inherits(Packed):
    _fields_ = [("d", ctypes.c_longlong)]
class PackedUnion(ctypes.Union):
    _pack_ = 2
    _fields_ = [("a", ctypes.c_char * 3), ("b", ctypes.c_int)]
for cls in (Packed, Pack2, Pack16, Inherits, PackedUnion):
    print(cls.__name__, ctypes.sizeof(cls), ctypes.alignment(cls), [getattr(cls, n).offset for n, _ in cls._fields_])
for bad in (-1, "x", 2**40, 1.5):
    try:
        class Bad(ctypes.Structure):
            _pack_ = bad
            _fields_ = [("a", ctypes.c_int)]
    except ValueError as e:
        print(repr(bad), e)
