counter = 0
def outer():
    global counter
    global a, b, c
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner
