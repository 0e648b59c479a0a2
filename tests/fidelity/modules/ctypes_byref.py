# byref() gives a light-weight CArgObject (not GC-tracked, 64 bytes) that keeps its object alive and
# passes its address (+ offset) to foreign functions such as memmove.
# %%
import ctypes, sys, gc
x = ctypes.c_long(5)
r = ctypes.byref(x)
print(type(r).__name__, r._obj is x, repr(r).startswith("<cparam 'P' (0x"), gc.is_tracked(r), sys.getsizeof(r))
print(int(repr(r)[13:-2], 16) == ctypes.addressof(x), int(repr(ctypes.byref(x, 4))[13:-2], 16) - ctypes.addressof(x))
print(sys.getrefcount(x))
del r
print(sys.getrefcount(x))
buf = ctypes.create_string_buffer(b"abc")
ctypes.memmove(ctypes.byref(buf, 1), b"Z", 1)
print(buf.value)
try:
    ctypes.byref(5)
except TypeError as e:
    print(e)
