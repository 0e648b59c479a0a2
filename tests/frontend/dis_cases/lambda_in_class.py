class C:
    f = lambda self: self
    g = [lambda: i for i in range(2)]
