# __reduce__/__setstate__ of accumulate and product (copy.copy, copy.deepcopy, clamping, bad states)
import copy
import itertools
import operator
# %%
a = itertools.accumulate([1, 2, 3, 4])
print(a.__reduce__()[0] is itertools.accumulate, len(a.__reduce__()), a.__reduce__()[1][1:], a.__reduce__()[2])
next(a)
r = a.__reduce__()
print(r[0].__name__, r[1][1:], r[2])
b = copy.copy(a)
print(list(b), list(a))
# %%
a = itertools.accumulate([1, 2, 3], operator.mul, initial=10)
r = a.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1] is operator.mul, r[2])
print(list(copy.deepcopy(a)))
a = itertools.accumulate([], initial=None)
print(a.__reduce__()[1][1:], a.__reduce__()[2])
a = itertools.accumulate([5, 6])
a.__setstate__(100)
print(list(a))
# %%
a = itertools.accumulate([None, 1, 2])
next(a)
r = a.__reduce__()
print(r[0].__name__, r[1][1:], type(r[1][0]).__name__)
print(list(copy.copy(a)))
# %%
p = itertools.product('ab', range(3))
print(p.__reduce__())
next(p); next(p)
print(p.__reduce__())
q = copy.copy(p)
print(list(q))
print(list(p))
print(p.__reduce__())
p = itertools.product('ab', [], 'c')
print(p.__reduce__())
p = itertools.product('abc', repeat=2)
next(p)
p.__setstate__((1, 5))
print(next(p), p.__reduce__())
p.__setstate__((-3, 0))
print(next(p))
# %%
p = itertools.product('ab', 'cd')
for bad in [[0, 1], (0,), (0, 'x'), (0, 1.5), (0, 10**30)]:
    try:
        p.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
p = itertools.product('ab', '')
print(p.__setstate__((0, 0)), list(p))
