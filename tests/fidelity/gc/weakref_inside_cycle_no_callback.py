# A weakref that is itself part of the garbage is cleared without calling its callback.
# %%
import gc
import weakref
log = []
class Node:
    pass
gc.collect()
n = Node()
n.me = n
n.wr = weakref.ref(n, lambda r: log.append('called'))
del n
collected = gc.collect()
print(collected, log)
