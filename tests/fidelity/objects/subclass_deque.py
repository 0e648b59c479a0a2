import collections, gc, sys, weakref

class MyDeque(collections.deque):
    pass

d = MyDeque([1, 2])
print(d, type(d).__name__, isinstance(d, collections.deque))
print(MyDeque.__basicsize__, MyDeque.__dictoffset__, MyDeque.__weakrefoffset__, MyDeque.__itemsize__)
print(sys.getsizeof(collections.deque()), sys.getsizeof(MyDeque()))
print(gc.is_tracked(d), sys.getrefcount(d))
# %%
d.tag = "x"
print(d.__dict__, sys.getsizeof(d))
r = weakref.ref(d)
print(r() is d)
del d
print(r())
# %%
class Logged(collections.deque):
    def append(self, x):
        print("append", x)
        super().append(x * 10)

q = Logged()
q.append(1)
q.extend([2, 3])
q.appendleft(0)
print(q, len(q))
print(MyDeque([1, 2, 3], maxlen=2))
c = q.copy()
print(type(c).__name__, c, c == q, c is q)
# %%
class Bounded(collections.deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)

b = Bounded(range(10))
print(b, b.maxlen)
b.rotate(1)
print(b, b.pop(), b.popleft(), b)
print(repr(Bounded([])))
print(sys.getsizeof(Bounded(range(100))) - sys.getsizeof(Bounded([])))
