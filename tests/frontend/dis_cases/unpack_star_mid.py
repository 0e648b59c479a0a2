a, *b, c = range(10)
[x, y] = 1, 2
