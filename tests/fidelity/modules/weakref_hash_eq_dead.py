# A ref hashes like its referent and keeps that hash after death; a dead ref never hashed cannot be.
# %%
import weakref

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
    def __hash__(self):
        return hash(self.x)

p, q = Point(1), Point(1)
rp, rq = weakref.ref(p), weakref.ref(q)
print(rp == rq, rp is rq, hash(rp) == hash(1), rp != rq)
seen = {rp: 'p'}
print(seen[rq])
# %%
del p, q
print(rp == rq, rp == rp, hash(rp) == hash(1))
# %%
s = Point(2)
rs = weakref.ref(s)
del s
try:
    hash(rs)
except TypeError as e:
    print('TypeError:', e)
print(rs == weakref.ref(Point(2)), rs != rs)
