# Getting an object back from its id with ctypes.cast(address, ctypes.py_object).value.
# %%
import ctypes
import sys

def object_at(address):
    return ctypes.cast(address, ctypes.py_object).value

values = [1, 2, 3]
found = object_at(id(values))
print(found is values, found)
print(sys.getrefcount(values))
del found
print(sys.getrefcount(values))
# %%
for thing in ('text', 12345678901, 3.5, (1, 2), {'k': 'v'}, None, True, print):
    print(type(thing).__name__, object_at(id(thing)) is thing)
# %%
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point(3, 4)
q = object_at(id(p))
q.x = 30
print(p, q is p, ctypes.c_long.from_address(id(p)).value)
holder = ctypes.cast(id(p), ctypes.py_object)
print(type(holder).__name__, holder.value is p, ctypes.c_long.from_address(id(p)).value)
print(ctypes.py_object(p).value is p, repr(ctypes.py_object(7)), repr(ctypes.py_object()))
