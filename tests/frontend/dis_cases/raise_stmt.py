def f():
    raise ValueError("bad")
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError() from e
def h():
    raise
