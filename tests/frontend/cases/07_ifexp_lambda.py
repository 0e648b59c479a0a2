r = a if b else c
r = a if b else c if d else e
f0 = lambda: 0
f1 = lambda x: x + 1
f2 = lambda x, y=2, *args, z, w=3, **kw: (x, y, args, z, w, kw)
f3 = lambda a, /, b, *, c: a + b + c
f4 = lambda *, k=1: k
f5 = lambda a=1, /, b=2: a
f6 = lambda *a: a
f7 = lambda **k: k
f8 = lambda x: lambda y: x + y
