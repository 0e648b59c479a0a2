# itertools __setstate__ state checks shared by tee, cycle and chain; method order and __sizeof__ of the types
import itertools
# %%
t = itertools.tee('abc')[0]
for bad in [[1], (1,), (1, 2, 3)]:
    try:
        t.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
cy = itertools.cycle('ab')
for bad in [[1], (1,), ([], 1, 2)]:
    try:
        cy.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
ch = itertools.chain('ab')
for bad in [[1], (), (iter(''), iter(''), 3)]:
    try:
        ch.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
class T(tuple): pass
cy.__setstate__(T(([1, 2], 0)))
print(next(cy))
cy = itertools.cycle('ab')
for bad in [(None, 0), ((), 0), ([1], 'x')]:
    try:
        cy.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
# %%
for t in [itertools.accumulate, itertools.product, itertools.combinations, itertools.combinations_with_replacement,
          itertools.permutations, itertools.groupby, type(next(itertools.groupby('a'))[1]), itertools.count, itertools.repeat, itertools.chain, itertools.cycle]:
    print(t.__name__, [k for k in vars(t) if k != '__getattribute__'])
print(itertools.product('ab', 'cd').__sizeof__(), itertools.permutations('abc', 2).__sizeof__(), itertools.combinations('abcd', 3).__sizeof__())
print(itertools.product.__sizeof__.__doc__, itertools.product.__reduce__.__doc__, itertools.groupby.__setstate__.__doc__)
