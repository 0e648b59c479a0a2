# set methods take any iterable as it is: union/update/intersection/difference/issuperset/isdisjoint
# iterate it (PyObject_GetIter, never its __len__), issubset and symmetric_difference first make a
# set of it; several arguments are applied in turn to one result.
# %%
class Loud:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  __len__")
        return len(self.items)
    def __iter__(self):
        print("  __iter__")
        return iter(self.items)
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
             "isdisjoint", "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    s = {1, 2, 3}
    r = getattr(s, name)(Loud([2, 3, 4]))
    print(name, r, sorted(s))
print(frozenset({1}).union(Loud([5]), Loud([6])))
print({1, 2, 3}.intersection(Loud([1, 2]), Loud([2])), {1, 2, 3}.difference(Loud([1]), Loud([2])))
# %%
class Sub(set):
    def __iter__(self):
        print("  Sub.__iter__")
        return super().__iter__()
print({1, 2}.isdisjoint(Sub({3})), {1, 2}.issuperset(x for x in [1]), {1}.isdisjoint(iter([1])))
# %%
{1}.union(5)
# %%
{1}.isdisjoint(None)
# %%
import gc
gc.collect()
a = gc.get_count()
r = {1, 2}.union(x for x in range(3))
b = gc.get_count()
r = {1, 2}.intersection(range(3))
c = gc.get_count()
print(b[0] - a[0], c[0] - b[0])
