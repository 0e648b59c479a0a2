def f(*, a, b=2):
    pass
def g(a, /, b, *, c):
    return a, b, c
