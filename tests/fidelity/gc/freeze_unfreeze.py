# gc.freeze moves every tracked object to the permanent generation, which collections ignore.
# %%
import gc
class Node:
    pass
gc.collect()
n = Node()
n.me = n
del n
gc.freeze()
after_freeze = gc.get_count()
frozen = gc.get_freeze_count()
found_while_frozen = gc.collect()
gc.unfreeze()
found_after_unfreeze = gc.collect()
print(frozen > 0, after_freeze, found_while_frozen, gc.get_freeze_count(), found_after_unfreeze)
