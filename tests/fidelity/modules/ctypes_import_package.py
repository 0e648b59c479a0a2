# `import ctypes` runs Lib/ctypes/__init__.py: the package, its _endian submodule and the _ctypes
# extension land in sys.modules; c_long & co. are classes made by class statements over _ctypes.
# %%
import sys
print('ctypes' in sys.modules, '_ctypes' in sys.modules)
import ctypes
print(sorted(k for k in sys.modules if 'ctypes' in k))
print(ctypes.__name__, ctypes.__package__, ctypes._endian.__name__, ctypes.__version__, ctypes.DEFAULT_MODE)
# %%
print(ctypes.c_long, ctypes.c_int, ctypes.c_longlong is ctypes.c_long, ctypes.c_size_t, ctypes.c_ssize_t)
print(ctypes.c_int8, ctypes.c_uint64, ctypes.c_voidp, ctypes.c_longdouble is ctypes.c_double)
print(type(ctypes.c_long), type(ctypes.Structure), type(ctypes.Union), type(ctypes.CFUNCTYPE(None)))
print(type(ctypes.POINTER(ctypes.c_int)), ctypes.POINTER(ctypes.c_int) is ctypes.POINTER(ctypes.c_int))
print(ctypes.POINTER(None) is ctypes.c_void_p, ctypes.c_ubyte.__ctype_be__ is ctypes.c_ubyte)
print(ctypes.c_long.__module__, ctypes.c_long.__mro__, ctypes.py_object._type_)
# %%
print(ctypes.LittleEndianStructure is ctypes.Structure, ctypes.BigEndianStructure.__mro__[1:])
print(type(ctypes.BigEndianStructure).__mro__)
print(ctypes.pythonapi._name, type(ctypes.pythonapi).__name__, ctypes.pythonapi._FuncPtr._flags_)
print(ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int) is ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int))
print([ctypes.sizeof(t) for t in (ctypes.c_wchar, ctypes.c_longdouble, ctypes.c_bool, ctypes.c_void_p)])
print([ctypes.alignment(t) for t in (ctypes.c_short, ctypes.c_longdouble, ctypes.c_double)])
# %%
class Bad(ctypes._SimpleCData):
    pass
# %%
class Bad(ctypes._SimpleCData):
    _type_ = "y"
# %%
class Bad(ctypes._SimpleCData):
    _type_ = 5
