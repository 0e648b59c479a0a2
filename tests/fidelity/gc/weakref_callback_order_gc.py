# Weakref callbacks of an object freed by the collector run newest first, like refcount deaths.
# %%
import gc
import weakref
order = []
class Node:
    pass
gc.collect()
n = Node()
n.me = n
refs = [weakref.ref(n, lambda r, i=i: order.append(i)) for i in range(3)]
del n
collected = gc.collect()
print(collected, order)
