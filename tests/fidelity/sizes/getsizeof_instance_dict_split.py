# A materialized instance __dict__ is a split table: it shares the class's cached keys, so its size
# is 48 + 8 * (shared keys' nentries + usable) and changes as the class's keys fill up.
# %%
import sys
class C:
    pass
c = C()
c.a = 1
d = c.__dict__
print(sys.getsizeof(d), d)
c.b = 2
print(sys.getsizeof(d), d, c.b)
e = C()
print(sys.getsizeof(d))
d[5] = 1
print(sys.getsizeof(d), d)
# %%
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), p.__dict__)
del p.x
print(p.__dict__, sys.getsizeof(p.__dict__))
p.x = 5
print(p.__dict__, list(vars(p)))
p.__dict__.clear()
print(p.__dict__, sys.getsizeof(p.__dict__))
# %%
q = P(3, 4)
dd = q.__dict__
print(dd.popitem(), sys.getsizeof(dd), dd)
r = P(5, 6)
r.__dict__.update(z=1, w=2)
print(r.__dict__, sys.getsizeof(r.__dict__), r.z)
print(sys.getsizeof(P(1,2).__dict__.copy()))
# %%
for i in range(40):
    setattr(r, f"attr{i}", i)
print(len(vars(r)), sys.getsizeof(vars(r)))
del P
import gc
print(gc.collect())
print(sys.getsizeof(dd))
