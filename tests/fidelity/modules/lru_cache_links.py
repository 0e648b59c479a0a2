# functools.lru_cache with a maxsize keeps each entry in a small link object that is not a GC
# object, so its cache dict stays untracked (the wrapper reaches the results itself); the oldest
# entry is reused for a new key when the cache is full. An unbounded cache maps keys to results.
import functools, gc

@functools.lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return [n * n]

print(square(2), square(3), square(2), square(4), square(5), square(3))
print(square.cache_info())
# %%
gc.collect()
def make():
    @functools.lru_cache(maxsize=10)
    def h(n):
        return [h]
    h(1)
make()
print(gc.collect())
# %%
gc.collect()
def make_unbounded():
    @functools.lru_cache(maxsize=None)
    def h(n):
        return [h]
    h(1)
make_unbounded()
print(gc.collect())
# %%
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v

@functools.lru_cache(maxsize=2)
def total(k, j):
    return k.v + j
print(total(Key(1), 1), total(Key(2), 1), total(Key(3), 1), total(Key(1), 1))
square.cache_clear()
print(square.cache_info(), total.cache_info())
