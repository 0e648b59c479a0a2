def f(a, b=2, *args, c, d=4, **kw):
    return a + b
f(1, c=3)
