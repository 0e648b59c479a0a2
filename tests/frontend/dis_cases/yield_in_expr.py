def g():
    x = (yield 1) + 2
    y = [(yield) for _ in range(0)] if False else 0
    return x
