# Comparing keys/items views (dictview_richcompare) checks lengths, then looks one side's items up
# in the other, so items views with unhashable values compare; isdisjoint iterates the shorter of
# a view and a set (or view), looking its items up in the other.
# %%
d = {1: [1], 2: [2]}
e = {2: [2], 1: [1]}
print(d.items() == e.items(), d.items() <= e.items(), d.items() != e.items(), d.items() > e.items())
print(d.keys() == {1, 2}, d.keys() < {1, 2, 3}, {1, 2} == d.keys(), {1} < d.keys(), d.keys() == [1, 2])
# %%
class Watched(set):
    def __contains__(self, x):
        print("  contains", x)
        return super().__contains__(x)
    def __iter__(self):
        print("  iter")
        return super().__iter__()
print(d.keys().isdisjoint(Watched({5, 6, 7})))
print(d.keys().isdisjoint(Watched({5})))
print(d.keys().isdisjoint([2]), d.items().isdisjoint([(1, [1])]), d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()))
