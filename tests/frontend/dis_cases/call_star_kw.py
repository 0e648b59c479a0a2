print(*items, sep="")
f(a, *b, c, **d, e=1)
g(*a, *b)
h(x=1, **y, z=2)
