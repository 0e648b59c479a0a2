# Shallow versus deep copies (copy.copy / copy.deepcopy): what is shared, what is new, cycles and
# shared references inside the copied structure, __copy__/__deepcopy__ hooks and __slots__ state.
# %%
import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
print(a == b == c, a is b, a[0] is b[0], a[0] is c[0])
b[0].append(99)
print(a, c)
# %%
d = {"k": [1], "n": 5}
e = copy.copy(d); f = copy.deepcopy(d)
print(e["k"] is d["k"], f["k"] is d["k"], f == d)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2}
print(copy.copy(s) is s, copy.copy(s) == s, copy.deepcopy(frozenset({1})) == frozenset({1}))
# %%
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a"]
p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q is p, q.x, q.tags is p.tags, r.tags is p.tags, vars(r), type(r).__name__)
# %%
shared = [0]
pair = [shared, shared]
dc = copy.deepcopy(pair)
print(dc[0] is dc[1], dc[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is loop)
# %%
class Custom:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print("custom copy")
        return Custom()
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Custom()
copy.copy(Custom()); copy.deepcopy(Custom())
class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = [1]
        self.__b = 2
s1 = Slotted()
s2 = copy.copy(s1)
print(s2.a is s1.a, s2._Slotted__b)
print(copy.deepcopy(s1).a is s1.a)
import sys
print(copy.deepcopy(len) is len, copy.copy(Point) is Point, copy.deepcopy(sys.maxsize) == sys.maxsize)
