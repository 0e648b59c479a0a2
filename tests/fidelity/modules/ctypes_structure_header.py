# A ctypes.Structure that mirrors PyObject / PyVarObject, read from an object's address.
# %%
import ctypes
import sys

class PyObject(ctypes.Structure):
    _fields_ = [('ob_refcnt', ctypes.c_ssize_t), ('ob_type', ctypes.c_void_p)]

class PyVarObject(PyObject):
    _fields_ = [('ob_size', ctypes.c_ssize_t)]

print(ctypes.sizeof(PyObject), ctypes.sizeof(PyVarObject))
print(PyObject.ob_refcnt, PyVarObject.ob_size)
print(PyObject.ob_type.offset, PyVarObject.ob_size.offset, PyVarObject.ob_size.size)
# %%
items = [1, 2, 3]
header = PyVarObject.from_address(id(items))
print(header.ob_refcnt, header.ob_type == id(list), header.ob_size)
alias = items
items.append(4)
print(header.ob_refcnt, header.ob_size, sys.getrefcount(items))
del alias
print(header.ob_refcnt)
# %%
class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_int), ('tag', ctypes.c_char)]

p = Point(3, 4)
print(p.x, p.y, p.tag, ctypes.sizeof(Point), ctypes.sizeof(p))
p.y = 40
p.tag = b'Q'
print(p.y, p.tag, Point(y=7).y, Point(y=7).x)
raw = (ctypes.c_ubyte * ctypes.sizeof(p)).from_address(ctypes.addressof(p))
print(list(raw))
try:
    Point(1, 2, b'a', 4)
except TypeError as e:
    print('TypeError:', e)
print(repr(p).startswith('<__main__.Point object at 0x'), type(Point).__name__)
