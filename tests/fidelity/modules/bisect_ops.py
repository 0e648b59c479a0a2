import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9)
print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'c')], 2, key=lambda t: t[0]))
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v); return s.v < o.v
vs = [V(1), V(3), V(5), V(7)]
print(bisect.bisect(vs, V(4)), bisect.bisect_left(vs, V(5)))
# %%
bisect.bisect_left(a, 1, -1)
# %%
print(bisect.bisect_right((1, 3, 5), 3), bisect.bisect_left(range(0, 100, 10), 35), bisect.bisect(a, 4, hi=None))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 5])
bisect.insort(l, 3)
bisect.insort_left(l, 7, key=lambda v: -v if False else v)
print(l, bisect.bisect_left, bisect.insort)
# %%
bisect.bisect(a, 1, hi="x")
# %%
bisect.bisect(None, 1)
# %%
bisect.bisect([1, "a"], 2)
# %%
bisect.insort()
