for (a, b), c in x: pass
for [a, *b] in y: pass
with f() as [a, b]: pass
with f() as a.b: pass
with f() as a[0]: pass
[a for (a, b) in c]
{k for k, in c}
(a, [b, *c]), d = e
x, = y
[] = ()
() = []
