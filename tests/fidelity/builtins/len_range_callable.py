# len of containers, range arithmetic and membership, callable.
# %%
print(len('abc'), len([1, 2]), len({}), len({1: 2}), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(set('aab')), len(()))
r = range(2, 20, 3)
print(list(r), r[2], r[-1], 8 in r, 9 in r, r.index(11), r.count(5), r[1:3])
print(callable(len), callable(lambda: 0), callable(5), callable(int), callable('s'))
class K:
    def __call__(self):
        return 'called'
print(callable(K()), K()())
