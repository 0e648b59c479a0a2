# namedtuple instances are tuples with no __dict__: their size is a tuple's, creating one is one GC
# allocation, and fields hold references like tuple items.
import gc, sys
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), sys.getsizeof(Point(1, 2, )) == sys.getsizeof(tuple(p)))
Three = namedtuple('Three', 'a b c')
print(sys.getsizeof(Three(1, 2, 3)))
# %%
gc.collect()
before = gc.get_count()
q = Point(3, 4)
after = gc.get_count()
print(after[0] - before[0])
del q
# %%
obj = object()
start = sys.getrefcount(obj)
p2 = Point(obj, obj)
print(sys.getrefcount(obj) - start)
t = p2.x
print(sys.getrefcount(obj) - start, p2.x is obj, gc.is_tracked(p2))
del p2, t
print(sys.getrefcount(obj) - start)
# %%
a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b, hash(a) == hash((1, 2)), a < Point(1, 3), a + (3,), a * 2)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
