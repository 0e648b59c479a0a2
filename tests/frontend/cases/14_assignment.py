x = 1
a = b = c = 0
a, b = b, a
a, b = 1, 2
(a, b) = [c, d] = e
[a, (b, c)] = data
first, *rest = items
*init, last = items
a, *b, c = range(5)
x.y = z
x[0] = y
x[1:2] = [3]
(x) = 1
((y)) = 2
a, = t
x = yield_value = None
