def gen():
    yield 1
    x = yield
    yield from range(3)
