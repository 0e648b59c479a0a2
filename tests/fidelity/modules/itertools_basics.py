# itertools iterators are small GC objects that hold their iterables: reprs of count/repeat,
# lazy evaluation, and the values a course prints.
import gc
import sys
import itertools
from itertools import count, repeat, cycle, chain, islice, accumulate, zip_longest, pairwise
from itertools import takewhile, dropwhile, starmap, compress, filterfalse
c = count()
print(c, next(c), next(c), c)
print(count(5), count(5, 2), count(1.5), count(0, 0.5), count(-3), count(10, -1))
d = count(2.5, 0.5)
print(next(d), next(d), d)
print(repeat('a'), repeat('a', 3), list(repeat(7, 2)), list(repeat(1, -5)))
r = repeat(None, 4)
next(r)
print(r, r.__length_hint__())
# %%
print(list(islice(cycle('ab'), 5)), list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice(count(), 1, 12, 4)), list(islice('abcdef', None, 4)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(zip_longest('ab', [1, 2, 3])), list(zip_longest('a', 'xyz', fillvalue='-')))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress('abcdef', [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, '', 'x'])))
# %%
print(sys.getsizeof(count()), sys.getsizeof(repeat(1)), sys.getsizeof(chain()), sys.getsizeof(islice([], 1)))
print(gc.is_tracked(count()), gc.is_tracked(repeat(1)), gc.is_tracked(pairwise([])))
print(type(count()).__name__, type(count()).__module__, type(chain.from_iterable([])).__name__)
# %%
data = [10, 20, 30]
print(sys.getrefcount(data))
it = chain(data)
print(sys.getrefcount(data))
print(next(it), next(it), next(it), next(it, 'done'))
print(sys.getrefcount(data))
del it
print(sys.getrefcount(data))
# %%
item = object()
print(sys.getrefcount(item))
rep = repeat(item, 2)
print(sys.getrefcount(item))
got = list(rep)
print(sys.getrefcount(item))
del rep, got
print(sys.getrefcount(item))
# %%
for expr in ["count('a')", "islice([], -1)", "islice([], 0, 5, 0)", "repeat()", "chain(x=1)", "cycle(5)",
             "len(repeat(1))", "pairwise(1, 2)"]:
    try:
        eval(expr)
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
