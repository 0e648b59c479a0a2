# combinations and permutations keep the pool as a tuple and their index arrays in PyMem blocks
# (counted by __sizeof__); results are reused tuples when the caller let the last one go.
import sys
from itertools import combinations, permutations
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 5)), list(permutations('')))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
# %%
print(sys.getsizeof(combinations('abcd', 2)), sys.getsizeof(permutations('abcd')), sys.getsizeof(permutations('abcd', 2)))
c = combinations('wxyz', 2)
a = next(c)
b = next(c)
print(a, b, a is b)
t = next(c)
tid = id(t)
del t
print(id(next(c)) == tid)
# %%
pool = ['p', 'q']
print(sys.getrefcount(pool))
perm = permutations(pool)
print(sys.getrefcount(pool), list(perm))
# %%
for expr in ["combinations('ab', -1)", "permutations('ab', -2)", "combinations('ab')", "permutations('ab', 1.5)"]:
    try:
        eval(expr)
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
# %%
from itertools import combinations_with_replacement as cwr
print(list(cwr('abc', 2)), list(cwr('', 2)), list(cwr('', 0)), list(cwr('ab', 0)), len(list(cwr(range(4), 3))))
print(sys.getsizeof(cwr('abcd', 3)))
w = cwr('xy', 2)
first = next(w)
print(first, next(w), first)
