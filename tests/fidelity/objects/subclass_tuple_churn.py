# Tuple subclass instances made, dropped and collected over and over (their classes become cyclic
# garbage each round): sizes, ids and counts stay as CPython's, and nothing outlives its round.
import gc
import sys
import weakref
# %%
gc.collect()
alive = []
for i in range(30):
    class P(tuple):
        __slots__ = ()
    p = P((i, i + 1, i + 2))
    alive.append(weakref.ref(P))
    gc.collect()
print(p, type(p).__name__, sys.getsizeof(p), len(p), p[2])
print(sum(1 for r in alive if r() is not None))
# %%
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
pairs = [Pair(i, str(i)) for i in range(200)]
print(len(pairs), pairs[7], sys.getsizeof(pairs[7]), gc.is_tracked(pairs[7]))
del pairs
print(gc.collect())
