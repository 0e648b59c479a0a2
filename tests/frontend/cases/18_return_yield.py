def f():
    return
def g():
    return 1, 2
def h():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    y = yield from g()
    return (yield)
def k():
    await_ = yield x, y
    return *a, *b
