# ob_refcnt read through ctypes has no extra reference for the argument.
# %%
import ctypes
import sys
x = [1, 2]
print(ctypes.c_long.from_address(id(x)).value, sys.getrefcount(x))
y = x
print(ctypes.c_long.from_address(id(x)).value, sys.getrefcount(x))
print(ctypes.c_ssize_t.from_address(id(x)).value)
# %%
class C:
    pass
c = C()
holders = [c] * 5
print(ctypes.c_long.from_address(id(c)).value)
