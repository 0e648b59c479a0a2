x = 1
y = x + 2
z = y * x - 3
