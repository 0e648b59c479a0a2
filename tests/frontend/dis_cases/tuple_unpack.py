a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
(x, y), z = (1, 2), 3
first, *rest = [1, 2, 3]
