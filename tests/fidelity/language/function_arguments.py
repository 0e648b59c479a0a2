# Positional-only, keyword-only, defaults, *args and **kwargs.
# %%
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=8, e=9))
# %%
f(1)
# %%
f(a=1, d=4)
# %%
def g(x, y):
    return x - y
print(g(y=1, x=10))
g(1, 2, 3)
