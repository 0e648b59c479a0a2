# Long chains of objects (instances, partials, frozensets, closures, OrderedDicts, exception
# contexts, nested containers) are freed without overflowing the stack (the trashcan).
class Node:
    pass
head = None
for i in range(1000):
    n = Node()
    n.next = head
    head = n
del head, n
print("instances ok")
# %%
class Slot:
    __slots__ = ("next",)
head = None
for i in range(1000):
    n = Slot()
    n.next = head
    head = n
del head, n
print("slots ok")
# %%
import functools
f = lambda: 1
for i in range(1000):
    f = functools.partial(f)
del f
print("partials ok")
# %%
s = frozenset()
for i in range(1000):
    s = frozenset([s])
del s
print("frozensets ok")
# %%
def mk(inner):
    def g():
        return inner
    return g
c = None
for i in range(1000):
    c = mk(c)
del c
print("closures ok")
# %%
class M:
    def m(self): pass
b = None
for i in range(1000):
    o = M()
    o.prev = b
    b = o.m
del b, o
print("bound methods ok")
# %%
import collections
d = collections.OrderedDict()
for i in range(1000):
    d = collections.OrderedDict(x=d)
del d
print("odicts ok")
# %%
e = None
for i in range(1000):
    try:
        raise ValueError
    except ValueError as exc:
        exc.__context__ = e
        e = exc
del e
print("exception chain ok")
# %%
import weakref
class W: pass
keep = []
for i in range(1000):
    w = W()
    keep.append(w)
del keep
print("weak ok")
# %%
x = []
for i in range(1000):
    x = [x, {"k": (x,)}]
del x
print("mixed containers ok")
