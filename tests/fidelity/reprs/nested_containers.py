# repr of nested lists, tuples, dicts and sets of ints.
# %%
print([1, [2, [3, []]], (4,), (), {}, {5: [6]}])
print((1,), (1, 2), ((),), ([], {}))
print({'a': (1, 2), 'b': {'c': None}, 3: [True, False]})
print({3, 1, 2}, {-1, 0}, frozenset({7, 5}), set(), frozenset())
# %%
[1, (2, 3), {4: 'four'}]
