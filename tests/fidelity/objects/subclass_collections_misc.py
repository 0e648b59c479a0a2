import collections, sys
class Q(collections.deque): pass
class B(bytearray): pass
class D(collections.defaultdict): pass
class O(collections.OrderedDict): pass
print(B.__mro__, D.__mro__)
print(collections.deque.__new__(Q), bytearray.__new__(B), D.__new__(D), O.__new__(O))
q = Q([1]); print(q.__sizeof__(), sys.getsizeof(q))
b = B(b"abc"); print(b.__sizeof__(), sys.getsizeof(b))
try: collections.deque.__new__(int)
except TypeError as e: print(e)
try: bytearray.__new__(Q)
except TypeError as e: print(e)
print(Q([1]) == collections.deque([1]), B(b"a") == b"a", O(a=1) == collections.OrderedDict(a=1), D(int) == {})
print(hash(B) == hash(B), type(Q([1]) + Q([2])).__name__, type(Q([1]) * 2).__name__, type(B(b"a") + B(b"b")).__name__)
class E(collections.OrderedDict):
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__)
class F(E): pass
print(str(B(b"q")), format(Q([3])), bool(Q()), bool(B(b"\0")))
