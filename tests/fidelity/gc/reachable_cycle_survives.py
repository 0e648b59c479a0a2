# A cycle that is still referenced from outside survives collections until the outside reference goes.
# %%
import gc
class Node:
    pass
gc.collect()
a = Node()
a.other = Node()
a.other.other = a
keep = a.other
del a
print(gc.collect(), keep.other.other is keep)
del keep
print(gc.collect())
