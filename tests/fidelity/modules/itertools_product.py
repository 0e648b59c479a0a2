# itertools.product keeps a tuple of pools and one index per pool (counted by its __sizeof__), and
# reuses its result tuple when nobody else holds it.
import sys
from itertools import product
print(list(product('ab', [1, 2])), list(product('xy', repeat=2)), list(product()), list(product('ab', [])))
p = product(range(3), range(4))
print(sys.getsizeof(p), sys.getsizeof(product('a', repeat=5)), sys.getsizeof(product()))
print(next(p), next(p), next(p))
# %%
first = next(p)
second = next(p)
print(first, second, first is second)
t = next(p)
tid = id(t)
del t
print(id(next(p)) == tid)
# %%
print(len(list(product(range(5), repeat=3))), list(product([1], 'ab', (True,))))
try:
    product('a', repeat=-1)
except ValueError as exc:
    print(exc)
