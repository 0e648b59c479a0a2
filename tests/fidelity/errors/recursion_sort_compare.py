# list.sort compares keys of one exact type (or tuples starting with one) by that type's
# tp_richcompare directly, without PyObject_RichCompare's recursion level (unsafe_*_compare);
# keys of mixed types, and the later items of tuples, go through it (" in comparison").
import sys
sys.setrecursionlimit(100)  # keeps the searches short; the depths differ as at 1000
def depth(f):
    lo, hi = 1, 300
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
class N:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n > 0:
            sorted([N(self.n - 1), N(self.n - 1)])
        return False
print('one type', depth(lambda n: sorted([N(n), N(n)])))
class Q:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n > 0:
            sorted([Q(self.n - 1), 1])
        return False
    __gt__ = __lt__
print('mixed types', depth(lambda n: sorted([Q(n), 1])))
class T:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n > 0:
            sorted([(T(self.n - 1), 1), (T(self.n - 1), 2)])
        return False
    def __eq__(self, other):
        return False
print('tuple first items', depth(lambda n: sorted([(T(n), 1), (T(n), 2)])))
class U:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n > 0:
            sorted([(1, U(self.n - 1)), (1, U(self.n - 1))])
        return False
    def __eq__(self, other):
        return False
print('tuple later items', depth(lambda n: sorted([(1, U(n)), (1, U(n))])))
print('max', depth(lambda n: max([N(n), N(n)])))
sys.setrecursionlimit(1000)
# %%
def resort(xs):
    return resort(sorted(xs))
resort([3, 1, 2])
