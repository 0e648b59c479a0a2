# min, max (key, default, ties), sum (start, floats).
# %%
print(min(3, 1, 2), max([3, 1, 2]), min('banana'), max('apple', 'pear', key=len))
print(min([], default='empty'), max([(1, 'b'), (1, 'a')]), min([-3, 2], key=abs), max([1, 3, 3.0]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10), sum([True, True]))
# %%
max([])
