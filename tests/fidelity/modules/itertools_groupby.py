# groupby yields (key, _grouper) pairs; a _grouper holds its parent groupby and the group key, and
# goes dead (yields nothing) once the parent moves on.
import gc
import sys
from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(groupby([])), [k for k, _ in groupby('xxyz')])
# %%
gb = groupby('aabb')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(type(g1).__name__, gc.is_tracked(g1), sys.getsizeof(gb), sys.getsizeof(g1))
# %%
parent = groupby([1, 1, 2])
print(sys.getrefcount(parent))
key, grp = next(parent)
print(sys.getrefcount(parent), next(grp), list(grp))
del grp
print(sys.getrefcount(parent))
