# list, tuple, dict, set, frozenset constructors from iterables and mappings.
# %%
print(list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list())
print(tuple([1, 2]), tuple('ab'), tuple(), dict([('a', 1), ('b', 2)]), dict(a=1), dict({'x': 1}, y=2))
print(set([1, 2, 2, 3]), set(), frozenset([3, 3, 1]), set(range(4)) - {0}, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} ^ {2, 3})
print(dict.fromkeys([1, 2], 0), list(dict(b=1, a=2)), sorted(set([5, 3, 9])))
