x
1 + 2
"docstring-like"
f(x) if x else g(y)
-x
a, b
*a, b
yield_ = [*a, *b]
lambda: (yield)
await_ = None
