# gc.freeze() parks tracked objects in the permanent generation: get_objects() no longer lists them,
# collections ignore their cycles, get_freeze_count() grows, and unfreeze() moves them to gen 2.
# %%
import gc
class Node:
    pass
gc.collect()
a = Node()
a.self = a
base = gc.get_freeze_count()
gc.freeze()
counts_after_freeze = gc.get_count()
grew = gc.get_freeze_count() - base > 0
listed = any(o is a for o in gc.get_objects())
del a
found_frozen = gc.collect()
b = [1]
b_listed = any(o is b for o in gc.get_objects(0))
gc.unfreeze()
counts_after_unfreeze = gc.get_count()
print(counts_after_freeze, grew, listed, found_frozen)
print(b_listed, gc.is_tracked(b), gc.get_freeze_count(), counts_after_unfreeze)
print(gc.collect())
