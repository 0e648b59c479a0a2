# DEBUG_SAVEALL still runs __del__ (finalizers run before the garbage is saved).
# %%
import gc
events = []
class Node:
    def __del__(self):
        events.append('__del__')
gc.collect()
start = len(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
n = Node()
n.me = n
del n
found = gc.collect()
gc.set_debug(0)
saved = [type(x).__name__ for x in gc.garbage[start:]]
del gc.garbage[start:]
print(found, saved, events)
print(gc.collect(), events)
