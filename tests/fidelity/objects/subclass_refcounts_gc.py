# Subclass instances: class refcounts, gc counts, id reuse (no free lists for subclasses), cycles.

import sys, gc
class MyList(list):
    pass
class MyDict(dict):
    pass
gc.collect()
print(sys.getrefcount(MyList))
a = MyList([1, 2])
b = MyList()
print(sys.getrefcount(MyList), sys.getrefcount(a))
del a, b
print(sys.getrefcount(MyList))
# %%
gc.collect()
c0 = gc.get_count()[0]
x = MyList()
c1 = gc.get_count()[0]
del x
c2 = gc.get_count()[0]
y = MyDict(a=1)
c3 = gc.get_count()[0]
del y
c4 = gc.get_count()[0]
z = MyList([1, 2, 3])
c5 = gc.get_count()[0]
print(c1 - c0, c2 - c0, c3 - c0, c4 - c0, c5 - c0)
# %%
a = MyList([1])
ida = id(a)
del a
b = MyList([2])
print(id(b) == ida)
l = [1]
idl = id(l)
del l
m = MyList()
print(id(m) == idl)
n = []
print(id(n) == idl)
# %%
t = (1, 2, 3)
class T(tuple): pass
idt = id(t)
del t
u = T((4, 5, 6))
print(id(u) == idt)
f = 1.5 * 3
idf = id(f)
del f
class F(float): pass
g = F(2.0)
print(id(g) == idf)
h = 2.5 * 3
print(id(h) == idf)
# %%
gc.collect()
class Node(list):
    pass
n1 = Node(); n2 = Node()
n1.append(n2); n2.append(n1)
n1.other = n2
del n1, n2
print(gc.collect())
class DNode(dict):
    pass
d = DNode()
d['self'] = d
d.me = d
del d
print(gc.collect())
class TN(tuple): pass
holder = []
tn = TN((holder,))
holder.append(tn)
del holder, tn
print(gc.collect())
