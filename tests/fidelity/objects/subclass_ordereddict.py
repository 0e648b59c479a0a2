import collections, gc, sys, weakref

class O(collections.OrderedDict):
    pass

o = O([("a", 1)])
print(o, repr(O()), type(o).__name__)
print(O.__basicsize__, O.__dictoffset__, O.__weakrefoffset__)
print(collections.OrderedDict.__dictoffset__, collections.OrderedDict.__weakrefoffset__)
print(sys.getsizeof(collections.OrderedDict()) == sys.getsizeof(O()))
o["b"] = 2
o["c"] = 3
o.move_to_end("a")
print(o, list(o.keys()), gc.is_tracked(o))
# %%
class Defaulting(collections.OrderedDict):
    def __missing__(self, key):
        print("missing", key)
        return 0

m = Defaulting(x=1)
print(m["x"], m["y"], m, "y" in m)
# %%
plain = collections.OrderedDict()
plain.attr = 5
print(plain.__dict__, plain)
o.extra = [1]
print(o.__dict__, vars(o))
r = weakref.ref(o)
print(r() is o)
del o
print(r())
# %%
class LastUpdated(collections.OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, lu.popitem(last=False), lu)
print(lu == collections.OrderedDict(a=3), lu == {"a": 3})
cp = lu.copy()
print(type(cp).__name__, cp)
