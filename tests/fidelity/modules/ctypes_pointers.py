# ctypes pointers: POINTER types, pointer(), .contents, indexing, and cast(id(x), POINTER(...)).
# %%
import ctypes
import sys
LP = ctypes.POINTER(ctypes.c_long)
print(LP.__name__, type(LP).__name__, ctypes.sizeof(LP), LP._type_ is ctypes.c_long, ctypes.POINTER(ctypes.c_long) is LP)
x = ctypes.c_long(5)
p = ctypes.pointer(x)
print(p.contents, p[0], bool(p), bool(LP()), sys.getrefcount(x))
p.contents.value = 6
p[0] += 1
print(x.value, ctypes.cast(p, ctypes.c_void_p).value == ctypes.addressof(x))
y = ctypes.c_long(40)
p.contents = y
print(p[0], sys.getrefcount(x), sys.getrefcount(y))
# %%
def attempt(action):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: LP().contents)
attempt(lambda: LP()[0])
attempt(lambda: ctypes.pointer(5))
attempt(lambda: LP(5))
# %%
class PyObject(ctypes.Structure):
    _fields_ = [('ob_refcnt', ctypes.c_ssize_t), ('ob_type', ctypes.c_void_p)]

data = ['a', 'b']
ref = ctypes.cast(id(data), ctypes.POINTER(PyObject))
print(type(ref).__name__, ref.contents.ob_refcnt, ref.contents.ob_type == id(list))
more = [data, data]
print(ref.contents.ob_refcnt, ref[0].ob_refcnt)
words = ctypes.cast(id(data), ctypes.POINTER(ctypes.c_ssize_t))
print(words[0], words[1] == id(list), words[2])
