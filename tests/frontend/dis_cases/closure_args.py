def f(a, b):
    def g():
        return a + b
    return g
