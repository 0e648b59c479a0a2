# del removes a name's reference; the object survives while other references exist.
# %%
import sys
import ctypes
a = [1, 2, 3]
b = a
addr = id(a)
print(ctypes.c_long.from_address(addr).value)
del a
print(ctypes.c_long.from_address(addr).value)
print(sys.getrefcount(b))
# %%
a
