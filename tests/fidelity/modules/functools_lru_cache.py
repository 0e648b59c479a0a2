# functools.lru_cache / cache: memoized recursion, cache_info statistics, LRU eviction with a bounded
# maxsize, keyword keys, methods, cache_clear.
# %%
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@functools.lru_cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info(), ident.cache_parameters())
@functools.cache
def add(a, b=0):
    return a + b
print(add(1, b=2), add(1, b=2), add(1, 2), add.cache_info().hits, add.cache_info().currsize)
class C:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
c = C()
print(c.m(2), c.m(2), C.m.cache_info())
