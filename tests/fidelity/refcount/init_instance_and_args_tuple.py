# Around Node(a, b): the references __init__ sees, and the args tuple's block going back to the free list
import sys, ctypes
class Node:
    def __init__(self, value, next):
        self.refs = (sys.getrefcount(self), ctypes.c_long.from_address(id(value)).value)
        probe = tuple([7, 8])
        self.probe_id = id(probe)
value = object()
n = Node(value, None)
print(n.refs, sys.getrefcount(n), sys.getrefcount(value))
# %%
t = tuple([1, 2])
freed = id(t)
del t
n2 = Node(3, 4)
u = tuple([5, 6])
print(id(u) == freed, n2.probe_id == freed, id(n2) == freed)
# %%
class Empty:
    def __init__(self):
        self.x = 1
e1 = Empty()
addr = id(e1)
del e1
e2 = Empty()
print(id(e2) == addr, sys.getrefcount(e2))
