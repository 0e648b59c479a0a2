import collections, gc, sys

class MyDeque(collections.deque):
    pass

class D(collections.defaultdict):
    pass

class O(collections.OrderedDict):
    pass

class B(bytearray):
    pass

gc.collect()
q = MyDeque()
q.append(q)
dd = D()
dd["self"] = dd
od = O()
od["self"] = od
ba = B(b"x")
ba.me = ba
print(sys.getrefcount(q), sys.getrefcount(dd), sys.getrefcount(od), sys.getrefcount(ba))
del q, dd, od, ba
print(gc.collect())
# %%
class Fin(collections.deque):
    def __del__(self):
        print("del", list(self))

f = Fin([1, 2])
del f
x = Fin([3])
x.append(x)
del x
print(gc.collect())
# %%
class Held(collections.defaultdict):
    pass

item = object()
h = Held(list)
h["k"] = item
print(sys.getrefcount(item))
del h
print(sys.getrefcount(item))
