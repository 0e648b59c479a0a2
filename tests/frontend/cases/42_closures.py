def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

counter = make_counter()
counter()

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
