def f(n):
    return lambda x=n: x + n
