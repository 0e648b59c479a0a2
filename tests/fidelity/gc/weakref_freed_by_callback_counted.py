# A weakref that dies right after its callback ran (its only holder dropped it) is counted by collect().
# %%
import gc
import weakref
class Node:
    pass
gc.collect()
n = Node()
n.me = n
holder = []
holder.append(weakref.ref(n, lambda r: holder.clear()))
del n
collected = gc.collect()
print(collected, holder)
