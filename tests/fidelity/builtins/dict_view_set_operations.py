# Set operations on keys and items views (Objects/dictobject.c): | and - and ^ start from a set
# of the left operand and update it with the right one as it iterates it, & probes the view with
# the other operand's items (or lets a larger exact set intersect), items ^ items compares values.
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
d = {1: 10, 2: 20, 3: 30}
print(d.keys() & Loud([2, 5]), d.keys() | Loud([2, 5]), d.keys() - Loud([2, 5]), d.keys() ^ Loud([2, 5]))
print(Loud([3, 4]) & d.keys(), Loud([3, 4]) | d.keys(), Loud([3, 4]) - d.keys(), Loud([3, 4]) ^ d.keys())
print(d.items() & Loud([(1, 10), (2, 99)]), d.items() - Loud([(1, 10)]))
# %%
e = {2: 20, 3: 31, 4: 40}
print(sorted(d.items() ^ e.items()), sorted(d.keys() & e.keys()), sorted(e.keys() - d.keys()))
print({1, 2, 3, 4, 5} & d.keys(), {2} & d.keys(), {9} | d.keys(), {1, 9} - d.keys(), {1, 9} ^ d.keys())
print(type(d.keys() & {1}).__name__, type(d.items() | []).__name__)
# %%
d.keys() - 5
