# A deque holds a strong reference to each item (one per slot), is tracked by the cyclic GC, can be
# weakly referenced, and a cycle through it is reclaimed by gc.collect().
import gc
import sys
import weakref
from collections import deque
item = object()
print(sys.getrefcount(item))
d = deque([item, item, item])
print(sys.getrefcount(item))
d.pop()
print(sys.getrefcount(item))
d.clear()
print(sys.getrefcount(item))
# %%
m = deque(maxlen=2)
for _ in range(5):
    m.append(item)
print(sys.getrefcount(item), len(m))
del m
print(sys.getrefcount(item))
# %%
print(gc.is_tracked(deque()), gc.is_tracked(iter(deque())))
r = weakref.ref(d)
print(r() is d)
del d
print(r())
# %%
class Node:
    pass
gc.collect()
n = Node()
n.q = deque([n])
w = weakref.ref(n)
del n
print(w() is not None, gc.collect(), w())
# %%
it_owner = deque([1, 2, 3])
print(sys.getrefcount(it_owner))
it = iter(it_owner)
print(sys.getrefcount(it_owner), next(it), it.__length_hint__())
del it
print(sys.getrefcount(it_owner))
