# Memory words a class adds to its instances, read with ctypes: ob_size, the __weakref__ head, the managed dict pre-header.
import ctypes, weakref
class L(list): pass
l = L([1, 2, 3])
print(ctypes.c_ssize_t.from_address(id(l) + 16).value, ctypes.c_ssize_t.from_address(id(l) + 32).value)
print(ctypes.c_void_p.from_address(id(l) + 40).value)
r = weakref.ref(l)
print(ctypes.c_void_p.from_address(id(l) + 40).value == id(r))
l.x = 1
d = l.__dict__
print(ctypes.c_void_p.from_address(id(l) - 24).value == id(d), ctypes.c_void_p.from_address(id(l) - 32).value)
class C: pass
c = C()
print(ctypes.c_void_p.from_address(id(c) + 16).value)
