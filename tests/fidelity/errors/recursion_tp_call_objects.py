# Objects called through tp_call alone (no vectorcall in 3.11: functools.lru_cache wrappers, a
# partial with keywords, operator.methodcaller, instances with __call__, staticmethod objects) cost
# _PyObject_MakeTpCall's recursion level on every call: a memoised fib(600) already overflows.
from functools import lru_cache, cache, partial
import operator
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300))
# %%
print(fib(600))
# %%
fib.cache_clear()
fib(2000)
# %%
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(450) > 0)
fact(1200)
# %%
# A limit of 100 keeps the searches short; the depths differ as at 1000.
import sys
sys.setrecursionlimit(100)
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
@lru_cache(maxsize=8)
def bounded(n):
    return bounded(n - 1) + 1 if n else 0
print('lru bounded', depth(lambda n: (bounded.cache_clear(), bounded(n))[1]))
def walk(n, step):
    return walk_kw(n - step) + 1 if n else 0
walk_kw = partial(walk, step=1)
print('partial kw', depth(walk_kw))
def walk2(step, n):
    return walk_pos(n - step) + 1 if n else 0
walk_pos = partial(walk2, 1)
print('partial pos', depth(walk_pos))
walk_lru = partial(bounded)
print('partial of lru', depth(lambda n: (bounded.cache_clear(), walk_lru(n))[1]))
class Callable:
    def __call__(self, n):
        return me(n - 1) + 1 if n else 0
me = Callable()
print('__call__', depth(me))
class S:
    @staticmethod
    def down(n):
        return S.__dict__['down'](n - 1) + 1 if n else 0
print('staticmethod object', depth(S.down))
bits = operator.methodcaller('bit_length')
def via_caller(n):
    return via_caller(n - 1 + bits(n) * 0) if n else 0
print('methodcaller', depth(via_caller))
getter = operator.itemgetter(0)
def via_getter(n):
    return via_getter(getter([n - 1])) if n else 0
print('itemgetter', depth(via_getter))
sys.setrecursionlimit(1000)
# %%
walk_kw(5)
