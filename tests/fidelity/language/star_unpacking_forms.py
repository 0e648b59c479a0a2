# Extended unpacking in assignments, calls and displays, and its errors.
# %%
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
# %%
print(*[1, 2], *(3,), sep="-")
print([*"ab", *range(2)], (*[1], 2), {*"aa", "b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], **{"k": 3}))
# %%
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
