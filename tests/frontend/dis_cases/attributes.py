a.b.c = d.e
del a.b
x = obj.method(1, 2)
y = obj.method(k=1)
