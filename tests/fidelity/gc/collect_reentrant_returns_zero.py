# gc.collect() called while a collection is running (from a callback or a finalizer) returns 0 at once.
# %%
import gc
nested = []
def cb(phase, info):
    if phase == 'start':
        nested.append(gc.collect())
gc.collect()
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(nested)
# %%
inner = []
class Node:
    def __del__(self):
        inner.append(gc.collect())
n = Node()
n.me = n
del n
outer = gc.collect()
print(outer, inner)
