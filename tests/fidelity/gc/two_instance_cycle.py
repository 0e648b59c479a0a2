# Two instances referring to each other: refcounting cannot free them; collect() finds 2 objects.
# %%
import gc
import sys
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print(gc.collect())
print(gc.collect())
