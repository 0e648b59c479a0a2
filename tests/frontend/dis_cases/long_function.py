def f(x):
    y = x + 1
    z = y * 2
    if z > 10:
        z = 10
    for i in range(z):
        y += i
    while y > 0:
        y -= 3
    return y
