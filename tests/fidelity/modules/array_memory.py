# array.array in memory: the header words read through ctypes (refcount, ob_size, allocated), the
# item block at buffer_info()'s address, and the reuse of freed object and item blocks.
import ctypes
from array import array

a = array('i', [10, 20, 30, -4])
addr, n = a.buffer_info()
print(ctypes.c_long.from_address(id(a)).value, ctypes.c_ssize_t.from_address(id(a) + 16).value,
      ctypes.c_ssize_t.from_address(id(a) + 32).value, ctypes.c_void_p.from_address(id(a) + 24).value == addr)
print(ctypes.c_int.from_address(addr).value, ctypes.c_int.from_address(addr + 4).value, ctypes.c_int.from_address(addr + 12).value)
print((ctypes.c_int * 4).from_address(addr)[:])
d = array('d', [1.5, 2.5])
print(ctypes.c_double.from_address(d.buffer_info()[0] + 8).value)
a[1] = 99
print(ctypes.c_int.from_address(addr + 4).value)
b = a
print(ctypes.c_long.from_address(id(a)).value)
del b

# %%
a.append(5)
print(a.buffer_info()[0] == addr, ctypes.c_ssize_t.from_address(id(a) + 32).value)
x = array('q', range(3))
old_id, old_buf = id(x), x.buffer_info()[0]
del x
y = array('q', [7, 8, 9])
print(id(y) == old_id, y.buffer_info()[0] == old_buf)
z = array('q', [1])
print(z.buffer_info()[0] == old_buf, id(z) == old_id)

# %%
s = array('b', bytes(100))
first = s.buffer_info()[0]
for i in range(5):
    s.pop()
print(s.buffer_info()[0] == first, ctypes.c_ssize_t.from_address(id(s) + 32).value)
del s[:80]
print(len(s), ctypes.c_ssize_t.from_address(id(s) + 32).value)
