# Assigning .value writes the instance's storage; other views of the same address see it.
# %%
import ctypes
x = ctypes.c_long(5)
x.value = 10
print(x, x.value)
view = ctypes.c_long.from_address(ctypes.addressof(x))
print(view.value)
view.value = -3
print(x.value)
low = ctypes.c_int.from_address(ctypes.addressof(x))
low.value = 9
print(x.value, low.value)
high = ctypes.c_int.from_address(ctypes.addressof(x) + 4)
high.value = 1
print(x.value, high.value)
as_bytes = (ctypes.c_ubyte * 8).from_address(ctypes.addressof(x))
print(list(as_bytes))
as_bytes[0] = 255
print(x.value, bytes(as_bytes))
# %%
d = ctypes.c_double(2.0)
u = ctypes.c_uint64.from_address(ctypes.addressof(d))
print(hex(u.value))
u.value = 0x3ff8000000000000
print(d.value)
