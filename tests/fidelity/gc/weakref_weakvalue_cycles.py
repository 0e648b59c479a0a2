# Cyclic values stay in a WeakValueDictionary until collected; their entries vanish during collect.
# %%
import gc
import weakref

class Node:
    def __init__(self, key):
        self.key = key
        self.self_ref = self

registry = weakref.WeakValueDictionary()
gc.collect()
for key in ('x', 'y', 'z'):
    registry[key] = Node(key)
print(len(registry), sorted(registry))
print(gc.collect(), len(registry))
keep = Node('k')
registry['k'] = keep
print(gc.collect(), list(registry))
