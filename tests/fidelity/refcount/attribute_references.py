# Attributes of an instance reference their values; the instance's class is referenced by the instance.
# %%
import sys
class Node:
    pass

payload = [0]
n = Node()
print(sys.getrefcount(payload))
n.data = payload
print(sys.getrefcount(payload))
n.other = payload
print(sys.getrefcount(payload))
del n.data
print(sys.getrefcount(payload))
# %%
before = sys.getrefcount(Node)
m = Node()
print(sys.getrefcount(Node) - before)
del m
print(sys.getrefcount(Node) - before)
# %%
del n
print(sys.getrefcount(payload))
