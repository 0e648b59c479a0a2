# Counter.most_common(n) is CPython's: a lazy `import heapq` and heapq.nlargest, so a bad n fails
# inside heapq.py's frames (and the import's and nlargest's allocations show in gen 0's count).
from collections import Counter
import gc
c = Counter("abracadabra")
print(c.most_common(3), c.most_common(0), c.most_common(-1), c.most_common(20))
print(c.most_common(1))
gc.collect()
x = gc.get_count()
c.most_common(2)
print(gc.get_count()[0] - x[0])
# %%
c.most_common("x")
# %%
c.most_common(1.5)
# %%
Counter().most_common(2)
print(Counter(a=1, b=1, c=1).most_common(2))
