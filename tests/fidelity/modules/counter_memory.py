# A Counter is a dict subclass instance: its size is a dict's, its keys and counts are held like a
# dict's, and (once the Mapping check's caches are warm) building and updating one allocates as in CPython.
import gc, sys
from collections import Counter
warm = [Counter('warm'), Counter({'w': 1}), Counter(['w'])]
c = Counter('hello')
print(sys.getsizeof(c) == sys.getsizeof(dict(c)), gc.is_tracked(c), c.__dict__)
key = 'unique-key-' + str(len(c))
start = sys.getrefcount(key)
c[key] += 1
print(sys.getrefcount(key) - start, c[key])
del c[key]
print(sys.getrefcount(key) - start)
# %%
for arg in ['hello', {'a': 1}, ['a', 'b'], None]:
    gc.collect()
    before = gc.get_count()
    fresh = Counter(arg)
    after = gc.get_count()
    print(after[0] - before[0], len(fresh))
gc.collect()
before = gc.get_count()
fresh.update('abc')
after = gc.get_count()
print(after[0] - before[0])
# %%
big = Counter(range(100))
print(sys.getsizeof(big) == sys.getsizeof(dict.fromkeys(range(100), 1)), big.total())
del big
gc.collect()
print(gc.collect())
