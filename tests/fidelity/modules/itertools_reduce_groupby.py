# __reduce__/__setstate__ of groupby and _grouper, _grouper's constructor and its base-type rule
import copy
import itertools
# %%
g = itertools.groupby('aabbbc')
r = g.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], len(r))
k, grp = next(g)
r = g.__reduce__()
print(r[0].__name__, r[1][1], r[2])
print(grp.__reduce__()[0].__name__, grp.__reduce__()[1][0] is g, grp.__reduce__()[1][1])
print(next(grp), grp.__reduce__()[1][1])
k2, grp2 = next(g)
print(grp.__reduce__())
print(grp2.__reduce__()[1][1])
g2 = copy.copy(g)
print([(k, list(v)) for k, v in g2])
print([(k, list(v)) for k, v in g])
# %%
g = itertools.groupby([1, 2, 2, 3], key=lambda x: x % 2)
next(g)
g3 = copy.deepcopy(g)
print([(k, list(v)) for k, v in g3])
g = itertools.groupby('ab')
for bad in [[1, 2, 3], (1, 2), (1, 2, 3, 4)]:
    try:
        g.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
g.__setstate__(('a', 'a', 'a'))
print([(k, list(v)) for k, v in g])
# %%
g = itertools.groupby('xxy')
k, grp = next(g)
G = type(grp)
grp2 = G(g, 'x')
print(list(grp2), list(grp))
for args in [(1, 2), (g,), (g, 1, 2)]:
    try:
        G(*args)
    except TypeError as e:
        print(e)
try:
    G(g, tgtkey=1)
except TypeError as e:
    print(e)
try:
    class Sub(G): pass
except TypeError as e:
    print(e)
class Sub2(itertools.groupby): pass
s2 = Sub2('aab')
next(s2)
print(s2.__reduce__()[0].__name__, [(k, list(v)) for k, v in copy.copy(s2)])
