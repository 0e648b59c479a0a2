# Subclasses of simple ctypes types, and the _objects / _b_base_ bookkeeping of instances.
# %%
import ctypes
import sys

class Counter(ctypes.c_long):
    def bump(self):
        self.value += 1
        return self.value

c = Counter(41)
print(c.bump(), c.value, type(c).__name__, isinstance(c, ctypes.c_long), ctypes.sizeof(Counter))
print(repr(c).startswith('<Counter object at 0x'), Counter.__mro__[1] is ctypes.c_long, Counter._type_)
view = Counter.from_address(ctypes.addressof(c))
print(view.value, view._b_base_, view._b_needsfree_, c._b_needsfree_)
# %%
target = ['t']
box = ctypes.py_object(target)
print(box._objects is target, ctypes.c_long(1)._objects)
arr = (ctypes.py_object * 2)(target, target)
print(sorted(arr._objects), sys.getrefcount(target))
p = ctypes.pointer(ctypes.c_long(7))
print(sorted(p._objects), type(p._objects['1']).__name__)
item = (ctypes.c_int * 2 * 2)()[1]
print(type(item._b_base_).__name__, item._b_needsfree_)
