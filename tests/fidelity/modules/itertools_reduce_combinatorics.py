# __reduce__/__setstate__ of combinations, combinations_with_replacement and permutations
import copy
import itertools
# %%
c = itertools.combinations('abcd', 2)
print(c.__reduce__())
next(c); next(c)
print(c.__reduce__())
print(list(copy.deepcopy(c)))
list(c)
print(c.__reduce__())
c = itertools.combinations('abcd', 3)
c.__setstate__((5, -1, 9))
print(next(c), c.__reduce__())
for bad in [[0, 1, 2], (0, 1), (0, 1, 'x')]:
    try:
        c.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
# %%
w = itertools.combinations_with_replacement('abc', 2)
print(w.__reduce__())
next(w); next(w)
print(w.__reduce__())
print(list(copy.copy(w)))
list(w)
print(w.__reduce__())
w = itertools.combinations_with_replacement('abc', 2)
w.__setstate__((7, -2))
print(next(w), w.__reduce__())
for bad in [[0, 1], (0,), (0, None)]:
    try:
        w.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
# %%
pm = itertools.permutations('abc', 2)
print(pm.__reduce__())
next(pm); next(pm)
print(pm.__reduce__())
print(list(copy.deepcopy(pm)))
list(pm)
print(pm.__reduce__())
pm = itertools.permutations('abcd', 2)
pm.__setstate__(((3, 9, -1, 0), (0, 99)))
print(next(pm), pm.__reduce__())
for bad in [[1, 2], ((0, 1, 2, 3),), ((0, 1, 2, 3), (1, 2), 3), ([0, 1, 2, 3], (1, 2)), ((0, 1, 2, 3), [1, 2]),
            ((0, 1, 2), (1, 2)), ((0, 1, 2, 3), (1,)), ((0, 1, 2, 'x'), (1, 2)), ((0, 1, 2, 3), (1, 2.0))]:
    try:
        pm.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
