# Python overrides of __eq__/__hash__/__iter__/__contains__/__setitem__/__getitem__/__len__ on built-in subclasses.

class Vec(list):
    def __eq__(self, other):
        return len(self) == len(other)
    __hash__ = None
v = Vec([1, 2])
print(v == [3, 4], v != [3, 4], v == [1], [3, 4] == v)
try:
    hash(v)
except TypeError as e:
    print(e)
class HL(list):
    def __hash__(self):
        return 42
print(hash(HL()), {HL(): 1})
class Evens(list):
    def __iter__(self):
        return (x for x in super().__iter__() if x % 2 == 0)
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
e = Evens(range(6))
print(list(e), sum(e), sorted(e), 3 in e, len(e), e)
for x in e:
    print(x, end=' ')
print()
# %%
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __len__(self):
        return 99
    def __contains__(self, k):
        return True
d = Logged(a=1)
d['b'] = 2
print(d['a'], d.get('a'), len(d), 'zzz' in d, d, dict.__len__(d))
d.update(c=3)
print(d)
