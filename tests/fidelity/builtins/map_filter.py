# map and filter are lazy iterators.
# %%
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('created')
print(next(m))
print(list(m), list(m))
