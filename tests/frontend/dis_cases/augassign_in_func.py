def f(a):
    a += 1
    a.x += 2
    a[0] += 3
    global g
    g += 4
    return a
