# Reading an object's header through ctypes: ob_refcnt at id, ob_type at id + 8, ob_size at id + 16.
# %%
import ctypes
lst = [1, 2, 3]
print(ctypes.c_long.from_address(id(lst)).value)
print(ctypes.c_void_p.from_address(id(lst) + 8).value == id(list))
print(ctypes.c_ssize_t.from_address(id(lst) + 16).value)
lst.append(4)
print(ctypes.c_ssize_t.from_address(id(lst) + 16).value)
# %%
class C:
    pass
c = C()
print(ctypes.c_void_p.from_address(id(c) + 8).value == id(C), ctypes.c_uint64.from_address(id(c)).value)
t = (c, c)
print(ctypes.c_int.from_address(id(c)).value, ctypes.c_ssize_t.from_address(id(t) + 16).value)
print(ctypes.c_void_p.from_address(id(t) + 24).value == id(c))
