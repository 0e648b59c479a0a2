# %% [markdown]
# # The pickle protocol of the built-in iterators
# copy.copy / copy.deepcopy go through __reduce_ex__ -> __reduce__: each iterator rebuilds from
# its type and the iterators it holds, with __setstate__ for the position.

# %%
import copy
def show(r):
    return [type(x).__name__ if type(x).__name__.endswith('iterator') else x for x in r]

it = iter(range(5)); next(it)
print(it.__reduce__())
c = copy.copy(it)
print(list(c), list(it))
print(iter(range(10**20)).__reduce__())
big = iter(range(10**20, 10**20 + 6, 2)); next(big)
print(big.__reduce__(), big.__length_hint__())
print(list(copy.copy(big)))
r = reversed(range(4)); next(r)
print(r.__reduce__())

# %%
a = [1, 2, 3]
z = zip(a, 'xyz')
print(type(z.__reduce__()[1][0]).__name__, len(z.__reduce__()))
print(list(copy.deepcopy(z)), list(z))
zs = zip(a, a, strict=True)
print(show(zs.__reduce__()[1]), zs.__reduce__()[2])
m = map(str, a)
print(m.__reduce__()[0], m.__reduce__()[1][0])
print(list(copy.copy(m)), list(m))
f = filter(None, [0, 1, 2, 0, 3])
print(show(f.__reduce__()[1]))
print(list(copy.deepcopy(f)))
e = enumerate('abc', 3); next(e)
print(show(e.__reduce__()[1]))
print(list(copy.copy(e)))
e2 = enumerate('ab', 2**64); next(e2)
print(e2.__reduce__()[1][1])

# %%
rv = reversed([1, 2, 3]); next(rv)
print(rv.__reduce__())
print(list(copy.copy(rv)))
rv.__setstate__(10); print(list(rv))
print(rv.__reduce__())
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
rs = reversed(Seq()); next(rs)
print(show(rs.__reduce__())[:1], rs.__reduce__()[2])
rs.__setstate__(-5); print(list(rs), rs.__reduce__()[1])
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter(range(5)); it.__setstate__(-3); print(list(it))
it = iter(range(5)); it.__setstate__(99); print(list(it))

# %%
import itertools
ch = itertools.chain('ab', 'cd'); next(ch)
print(show(ch.__reduce__()[2]))
print(list(copy.copy(ch)), list(ch), ch.__reduce__())
print(itertools.count(3, 2).__reduce__(), itertools.count(5).__reduce__())
print(itertools.repeat('x', 3).__reduce__(), itertools.repeat('y').__reduce__())
cy = itertools.cycle('ab'); next(cy)
print(show(cy.__reduce__()[1]), cy.__reduce__()[2])
for i in range(3): next(cy)
print(show(cy.__reduce__()[1]), cy.__reduce__()[2])
print([next(copy.copy(cy)) for i in range(2)])

# %%
itertools.chain('a').__setstate__(())
# %%
itertools.chain('a').__setstate__((iter('a'), 5))
# %%
itertools.cycle('a').__setstate__(((), 1))
# %%
reversed([1]).__setstate__('x')
# %%
iter(range(3)).__setstate__('x')
# %%
tw = itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])
print(list(copy.copy(tw)), tw.__reduce__()[2])
print(list(tw), tw.__reduce__()[2])
tw2 = itertools.takewhile(bool, [1, 0, 1]); tw2.__setstate__(1); print(list(tw2))
dw = itertools.dropwhile(lambda x: x < 3, [1, 5, 1]); print(next(dw), dw.__reduce__()[2])
print(list(copy.copy(dw)))
dw2 = itertools.dropwhile(bool, [1, 0, 1]); dw2.__setstate__('yes'); print(list(dw2))
sm = itertools.starmap(pow, [(2, 3), (3, 2)]); next(sm)
print(sm.__reduce__()[1][0], list(copy.copy(sm)))
ff = itertools.filterfalse(None, [0, 1, 0, 2])
print(show(ff.__reduce__()[1]), list(copy.deepcopy(ff)))
cp = itertools.compress('abcd', [1, 0, 1, 1]); next(cp)
print(show(cp.__reduce__()[1]), list(copy.copy(cp)))
# %%
s = itertools.islice('abcdef', 1, 5, 2)
print(show(s.__reduce__()[1]), s.__reduce__()[2])
next(s); print(show(s.__reduce__()[1]), s.__reduce__()[2], list(copy.copy(s)))
s = itertools.islice('abc', 2); print(show(s.__reduce__()[1])); print(list(s), show(s.__reduce__()[1]))
print(show(itertools.islice('abc', None).__reduce__()[1]))
s = itertools.islice('abcdef', 4); s.__setstate__(2); print(list(s))
z = itertools.zip_longest('ab', 'c', fillvalue=0)
print(show(z.__reduce__()[1]), z.__reduce__()[2])
next(z); next(z); print(show(z.__reduce__()[1]))
z = itertools.zip_longest('abc', 'd'); print(list(copy.copy(z)))
z.__setstate__('*'); print(list(z))
# %%
d = {'a': 1, 'b': 2, 'c': 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items()), iter({1, 2, 3})):
    next(it)
    print(it.__reduce__(), list(copy.copy(it)), list(it), it.__reduce__())
it = iter(d); next(it); print(it.__length_hint__(), it.__reduce__()[1], it.__length_hint__(), list(it))
# %%
it = iter(d); next(it); d['z'] = 0
it.__reduce__()
# %%
list(it)
