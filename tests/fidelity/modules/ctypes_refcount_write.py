# Writing ob_refcnt through ctypes: raising and restoring it shows in sys.getrefcount.
# %%
import ctypes
import sys
target = ['payload']
cell = ctypes.c_long.from_address(id(target))
print(cell.value, sys.getrefcount(target))
cell.value += 5
print(cell.value, sys.getrefcount(target))
extra = target
print(cell.value)
del extra
cell.value -= 5
print(cell.value, sys.getrefcount(target))
