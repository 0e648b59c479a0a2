# Unpacking assignments, starred targets, starred calls and literals.
# %%
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
head, *rest = [1]
print(head, rest)
# %%
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'k': 4}, j=5))
print([*range(3), *'ab'], (*[1], 2), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
