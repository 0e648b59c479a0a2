# Reading ob_refcnt of objects after they are freed (the word keeps its last value, 0, for GC objects).
# %%
import ctypes
import gc

container = [[1], [2]]
inner_address = id(container[0])
print(ctypes.c_long.from_address(inner_address).value)
container.pop(0)
print(ctypes.c_long.from_address(inner_address).value)
# %%
gc.disable()
a = []
b = [a]
a.append(b)
a_address = id(a)
del a, b
print(ctypes.c_long.from_address(a_address).value)
print(gc.collect())
print(type(ctypes.c_long.from_address(a_address).value).__name__)
gc.enable()
