# Refcount reads of live objects through each ctypes integer type.
# %%
import ctypes
data = {'k': [1]}
inner = data['k']
addr = id(inner)
for kind in (ctypes.c_long, ctypes.c_ssize_t, ctypes.c_int, ctypes.c_uint64):
    print(kind.__name__, kind.from_address(addr).value)
copies = [inner] * 10
print(ctypes.c_long.from_address(addr).value)
del copies
print(ctypes.c_long.from_address(addr).value)
