# Tuples of constants are folded into one constant per cell.
# %%
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)
c = (1, 'two', (3.0,))
d = (1, 'two', (3.0,))
print(c is d, c[2] is d[2])
# %%
e = (1, 2, 3)
print(e is a, e == a)
