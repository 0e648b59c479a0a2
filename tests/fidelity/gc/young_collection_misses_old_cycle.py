# A cycle that was promoted to generation 2 is only found by a full collection.
# %%
import gc
class Node:
    pass
gc.collect()
a = Node()
a.me = a
gc.collect()
del a
print(gc.collect(0), gc.collect(1), gc.collect(2))
# %%
b = Node()
b.me = b
gc.collect(0)
del b
print(gc.collect(0), gc.collect(1))
