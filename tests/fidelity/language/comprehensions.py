# List, set, dict comprehensions and generator expressions, nested and filtered.
# %%
print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print(sum(x for x in range(101)), list(x + 1 for x in (1, 2)))
print([[j for j in range(i)] for i in range(4)])
# %%
x = 'outer'
squares = [x for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
