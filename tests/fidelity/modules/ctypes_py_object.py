# ctypes.py_object holds a strong reference to its object.
# %%
import ctypes
import sys
target = [1, 2]
print(sys.getrefcount(target))
holder = ctypes.py_object(target)
print(holder.value is target, sys.getrefcount(target))
del holder
print(sys.getrefcount(target))
