# functools python parts: course-style use (QA round 4)
import functools, sys
from functools import partial, reduce, cached_property, total_ordering, singledispatch, wraps

def power(base, exp): return base ** exp
square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
print(repr(partial(power, 2)).split(' at ')[0] if ' at ' in repr(partial(power, 2)) else 'no-addr')
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
# %%
reduce(lambda a, b: a + b, [])
# %%
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, 'total' in d.__dict__)
del d.total
print(d.total)
# %%
@total_ordering
class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Money(1) <= Money(2), Money(3) > Money(2), Money(2) >= Money(2))
# %%
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
# %%
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def hello():
    "doc here"
    return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
# %%
@functools.lru_cache(maxsize=2)
def sq(n):
    print("calc", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
