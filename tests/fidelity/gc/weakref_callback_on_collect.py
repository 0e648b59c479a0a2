# A weakref outside the garbage has its callback called during collection; the referent is already gone.
# %%
import gc
import weakref
log = []
class Node:
    pass
def callback(ref):
    log.append(('callback', ref() is None))
gc.collect()
n = Node()
n.me = n
watcher = weakref.ref(n, callback)
plain = weakref.ref(n)
del n
print(log, plain() is None)
collected = gc.collect()
print(collected, log, plain() is None, watcher() is None)
