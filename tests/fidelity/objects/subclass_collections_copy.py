import collections, copy, sys
class Q(collections.deque):
    def append(self, x):
        print("append", x)
        super().append(x)
a = [1]
d = collections.deque([a, a, 2], maxlen=4)
c = copy.deepcopy(d)
print(c, c[0] is c[1], c[0] is a, c.maxlen)
dd = collections.defaultdict(list, k=[a])
c = copy.deepcopy(dd)
print(c, c["k"][0] is a)
b = bytearray(b"xy")
c = copy.deepcopy(b)
print(c, c is b, copy.copy(b), copy.copy(bytearray()))
q = Q([1, 2])
c = copy.deepcopy(q)
print(c)
s = collections.deque()
s.append(s)
c = copy.deepcopy(s)
print(c, c[0] is c)
# %%
class Q(collections.deque): pass
class D(collections.defaultdict): pass
class O(collections.OrderedDict): pass
class B(bytearray): pass
q = Q([1, [2]], maxlen=5); q.a = 1
c = copy.copy(q); print(type(c).__name__, c, c.__dict__ if hasattr(c, '__dict__') else None)
c = copy.deepcopy(q); print(type(c).__name__, c, c[1] is q[1], c.__dict__)
d = D(list, x=[1]); d.a = 2
c = copy.copy(d); print(type(c).__name__, c, c.__dict__)
c = copy.deepcopy(d); print(type(c).__name__, c, c.__dict__)
o = O(a=1); o.z = 3
c = copy.copy(o); print(type(c).__name__, c, c.__dict__)
c = copy.deepcopy(o); print(type(c).__name__, c, c.__dict__)
b = B(b"ab"); b.t = 1
c = copy.copy(b); print(type(c).__name__, c, c.__dict__)

# %%
try:
    class X(collections.defaultdict, collections.OrderedDict): pass
except TypeError as e:
    print(e)
class M:
    def hello(self):
        return "hi " + type(self).__name__
class QM(M, collections.deque):
    pass
print(QM([1]).hello(), QM([1]), isinstance(QM(), M))
# %%
o = collections.OrderedDict(a=[1], b=2)
o.x = 5
c = copy.deepcopy(o)
print(c, c["a"] is o["a"], c.__dict__)
c = copy.copy(o)
print(c, c["a"] is o["a"], c.__dict__)
class O(collections.OrderedDict):
    __slots__ = ("s",)
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)
p = O(z=1)
p.s = 3
c = copy.deepcopy(p)
print(c, c.s, c.__dict__)
