x = y = z = 0
a.b = c[0] = d = f()
