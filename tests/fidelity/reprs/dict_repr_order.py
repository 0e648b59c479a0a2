# dict repr follows insertion order; updating a key keeps its position.
# %%
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d)
del d['a']
d['a'] = 0
print(d)
print({1: 'x', 'k': [1], (1, 2): None, None: 1.5})
# %%
dict(zip(['x', 'y'], [1, 2]))
