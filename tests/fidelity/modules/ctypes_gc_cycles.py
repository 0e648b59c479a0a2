# Reference cycles through ctypes objects are found by the cyclic collector.
# %%
import ctypes
import gc
gc.disable()
p = ctypes.py_object()
p.value = p
del p
print(gc.collect())
# %%
class Node(ctypes.Structure):
    _fields_ = [('value', ctypes.c_int)]

n = Node(5)
n.partner = n
tracked = gc.is_tracked(n)
del n
print(tracked, gc.collect())
x = ctypes.c_long(3)
ptr = ctypes.pointer(x)
x.back = ptr
del x, ptr
print(gc.collect())
gc.enable()
