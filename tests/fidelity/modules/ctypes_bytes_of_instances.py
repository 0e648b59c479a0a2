# bytes() of any ctypes instance copies its memory (CData's buffer): structures, unions, simple
# values, arrays and pointers' b_size bytes.
import ctypes, struct
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]
class Mixed(ctypes.Structure):
    _fields_ = [("flag", ctypes.c_char), ("value", ctypes.c_short), ("big", ctypes.c_longlong)]
class Word(ctypes.Union):
    _fields_ = [("i", ctypes.c_uint32), ("b", ctypes.c_ubyte * 4)]
p = Point(3, 4)
print(bytes(p), struct.unpack("ii", bytes(p)), len(bytes(p)) == ctypes.sizeof(p))
m = Mixed(b"A", -2, 2**40)
print(bytes(m), len(bytes(m)))
w = Word(0x01020304)
print(bytes(w), list(w.b))
# %%
for v in (ctypes.c_int(5), ctypes.c_double(1.5), ctypes.c_char(b"z"), ctypes.c_bool(True), ctypes.c_uint16(0xABCD)):
    print(type(v).__name__, bytes(v))
print(bytes((Point * 2)(Point(1, 2), Point(5, 6))))
print(bytes(p) == bytes(Point(3, 4)), bytes(Point()))
