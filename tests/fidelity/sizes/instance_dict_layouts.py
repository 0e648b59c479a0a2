# Instance attribute storage: __dict__ assignment and __class__ assignment, slots, shared-key dicts as
# instances add attributes, and a class whose cached keys fill up (30 names).
# %%
import sys
class A:
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(dir(a)[-2:], sorted(vars(a)))
a.__dict__ = {"z": 3}
print(a.z, vars(a), sys.getsizeof(a.__dict__))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
class B(A): pass
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
# %%
class S:
    __slots__ = ("v",)
try:
    vars(S())
except TypeError as e:
    print(e)
s = S()
print(hasattr(s, "v"), getattr(s, "v", None))
s.v = 1
print(s.v, S.v.__get__(s), S.__slots__)
del s.v
try:
    del s.v
except AttributeError as e:
    print(e)
# %%
class P:
    instances = 0
    def __init__(self):
        P.instances += 1
        self.id = P.instances
ps = [P() for _ in range(3)]
print([p.id for p in ps], P.instances, sys.getsizeof(ps[0].__dict__))
for p in ps:
    p.extra = p.id * 2
print(sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[2].__dict__))
q = P()
q.a, q.b, q.c, q.d, q.e, q.f = range(6)
print(sys.getsizeof(q.__dict__), len(q.__dict__))
# %%
class Many:
    pass
m = Many()
for i in range(35):
    setattr(m, f"a{i}", i)
print(len(vars(m)), sys.getsizeof(vars(m)))
n = Many()
n.a0 = 1
print(sys.getsizeof(n), sys.getsizeof(vars(n)))
