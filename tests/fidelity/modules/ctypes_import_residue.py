# After `import ctypes` (ctypes/__init__.py's garbage left in the free lists): collections, id
# reuse and gen-0 count deltas measured right after it.
# %%
import ctypes
import gc
# %%
class Node:
    def __init__(self):
        self.ref = None
a = Node(); b = Node(); a.ref = b; b.ref = a
ida = id(a)
del a, b
print(gc.collect())
# %%
x = [1, 2, 3]
y = x
print(ctypes.c_long.from_address(id(x)).value)
del y
print(ctypes.c_long.from_address(id(x)).value)
t = (1, 2, 3)
u = (4, 5, 6)
print(id(t) == id(u))
del t
v = (7, 8, 9)
print(id(v) == ida)
# %%
before = gc.get_count()
objs = [[] for _ in range(100)]
after = gc.get_count()
print(after[0] - before[0])
del objs
print(gc.get_count()[0] - before[0])
pairs = [(i, i) for i in range(5)]
print(gc.get_count()[0] - before[0])
