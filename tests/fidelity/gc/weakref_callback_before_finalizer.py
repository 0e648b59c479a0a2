# The collector handles weakrefs (clearing them, queueing callbacks) before it runs finalizers.
# %%
import gc
import weakref
events = []
class Node:
    def __del__(self):
        events.append(('__del__', self.watch() is None))
gc.collect()
n = Node()
n.me = n
watch = weakref.ref(n, lambda r: events.append(('callback', r() is None)))
n.watch = watch
del n
collected = gc.collect()
print(collected, events)
