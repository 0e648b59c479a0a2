# functools.wraps / lru_cache as functools.py defines them (Python functions over _functools): gen-0 counts, __dict__ contents
import functools, gc, sys
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
def target(x):
    "doc"
    return x
gc.collect()
c0 = gc.get_count()[0]
w = deco(target)
print(gc.get_count()[0] - c0, sys.getrefcount(target), w.__wrapped__ is target, w.__name__, w.__doc__, w.__dict__.keys())
@functools.lru_cache
def sq(n): return n * n
print(gc.get_count()[0] - c0, sq.__wrapped__.__name__, sq.__name__, type(sq).__name__, sorted(sq.__dict__))
print(functools.update_wrapper(lambda: 0, target).__name__, type(functools.wraps(target)).__name__)
print(sys.getrefcount(target))
