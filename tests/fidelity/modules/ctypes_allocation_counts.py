# ctypes instances are GC-tracked objects: gc counts and id reuse around from_address and c_long().
# `import ctypes` runs ctypes/__init__.py (its garbage fills the tuple free lists the cells below
# draw from); importlib's own allocations are not modelled, so it gets a cell of its own.
# %%
import ctypes
import gc
# %%
gc.disable()
x = [1, 2, 3]
values = []
gc.get_count()
before = gc.get_count()[0]
for _ in range(10):
    values.append(ctypes.c_long.from_address(id(x)).value)
print(values[0], len(set(values)), gc.get_count()[0] - before)
view = ctypes.c_long.from_address(id(x))
print(gc.is_tracked(view), gc.get_count()[0] - before)
del view
print(gc.get_count()[0] - before)
# %%
a = ctypes.c_long(1)
first = id(a)
del a
b = ctypes.c_long(2)
print(id(b) == first)
c = ctypes.c_double(3.0)
print(id(c) == first, id(c) - id(b) != 0)
held = [ctypes.c_int(i) for i in range(3)]
print(gc.get_count()[0] - before > 0, [h.value for h in held])
gc.enable()
