# weakref.finalize callbacks for objects in garbage cycles run when the collector frees them.
# %%
import gc
import weakref
events = []
class Node:
    pass
gc.collect()
n = Node()
n.me = n
fin = weakref.finalize(n, events.append, 'finalized')
del n
print(fin.alive, events)
collected = gc.collect()
print(collected > 0, fin.alive, events)
