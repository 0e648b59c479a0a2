def f():
    "docstring here"
    return 1
def g():
    pass
def h(x):
    return
