def f(m):
    return [[i * j * m for j in range(3)] for i in range(3)]
