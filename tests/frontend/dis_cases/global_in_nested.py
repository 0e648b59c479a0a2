def f():
    def g():
        global G
        G = 1
    return g
