# Equal values are not necessarily the same object.
# %%
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
print(id(a) == id(c), id(a) == id(b))
b.append(4)
c.append(4)
print(a == b, a is b)
# %%
x = (1, 2)
y = tuple([1, 2])
print(x == y, x is y)
