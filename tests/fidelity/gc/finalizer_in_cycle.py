# __del__ of objects in a garbage cycle runs during collection (PEP 442), once per object.
# %%
import gc
events = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append(self.name)
gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n, events)
print(gc.collect(), events)
