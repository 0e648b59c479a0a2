del a
del a, b
def f():
    x = 1
    del x
