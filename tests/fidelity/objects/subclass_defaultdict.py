import collections, gc, sys, weakref

class D(collections.defaultdict):
    pass

d = D(int)
print(d, repr(D()), type(d).__name__)
print(D.__basicsize__, D.__dictoffset__, D.__weakrefoffset__)
print(sys.getsizeof(collections.defaultdict()), sys.getsizeof(D()))
d["a"] += 1
d["b"] += 2
print(d, d.default_factory, gc.is_tracked(d))
# %%
class Counting(collections.defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)

c = Counting(list)
c["x"].append(1)
c["x"].append(2)
print(c, "y" in c, c.get("y"))
# %%
class NoFactory(collections.defaultdict):
    def __missing__(self, key):
        return len(key)

n = NoFactory()
print(n["abc"], dict(n), len(n))
try:
    D()["k"]
except KeyError as e:
    print("KeyError", e)
# %%
d2 = D(str, a="1")
d2.note = "hi"
print(d2.__dict__, d2)
r = weakref.ref(d2)
cp = d2.copy()
print(type(cp).__name__, cp, cp.default_factory is str)
del d2
print(r())
