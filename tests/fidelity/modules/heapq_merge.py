import heapq
# heapq.merge is CPython's pure-Python generator in both CPython and here.
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v)
        return s.v < o.v
    def __repr__(s): return 'V(%d)' % s.v
print(list(heapq.merge([V(1), V(4)], [V(2), V(3)])))
# %%
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([3, 1], key=lambda x: -x)))
g = heapq.merge([1, 3], [2])
print(next(g), next(g), list(g))
