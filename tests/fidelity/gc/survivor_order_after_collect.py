# The collector's breadth-first walk reorders a chain: survivors end up ordered from the root outward.
# %%
import gc
class N:
    def __init__(self, name):
        self.name = name
gc.collect()
a = N('a')
b = N('b')
b.next = a
c = N('c')
c.next = b
del a, b
print([o.name for o in gc.get_objects(0) if type(o) is N])
gc.collect(0)
print([o.name for o in gc.get_objects(1) if type(o) is N])
