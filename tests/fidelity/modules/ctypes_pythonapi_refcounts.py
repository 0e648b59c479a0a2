# ctypes.pythonapi's Py_IncRef / Py_DecRef (CDLL symbols looked up through PyDLL(None)) change the
# reference count of the object a py_object argument holds, or of the argument with argtypes set.
# %%
import ctypes, sys
x = ["payload"]
print(sys.getrefcount(x))
ctypes.pythonapi.Py_IncRef(ctypes.py_object(x))
print(sys.getrefcount(x))
ctypes.pythonapi.Py_DecRef(ctypes.py_object(x))
print(sys.getrefcount(x))
# %%
inc = ctypes.pythonapi.Py_IncRef
inc.argtypes = [ctypes.py_object]
inc.restype = None
print(inc(x), sys.getrefcount(x), ctypes.c_long.from_address(id(x)).value)
dec = ctypes.pythonapi.Py_DecRef
dec.argtypes = [ctypes.py_object]
dec.restype = None
print(dec(x), sys.getrefcount(x))
print(ctypes.pythonapi.Py_IncRef is inc, inc.__name__, type(inc).__name__)
# %%
api = ctypes.PyDLL(None)
print(api.Py_DecRef is ctypes.pythonapi.Py_DecRef, hasattr(api.Py_DecRef, 'argtypes'))
try:
    api.Py_DecRef(x)
except ctypes.ArgumentError as e:
    print("ArgumentError:", e)
print(sys.getrefcount(x))
