# Dicts and tuples of the same length are recycled through free lists too.
# %%
d = dict(a=1)
i = id(d)
del d
e = {}
print(id(e) == i)
# %%
n = 7
t = (n, n, n)
j = id(t)
del t
u = (n, 1, 2)
print(id(u) == j)
v = (n, 1)
print(id(v) == j)
