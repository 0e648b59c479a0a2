def make(v):
    def f():
        return v
    return f
def empty():
    if False:
        z = 1
    def g():
        return z
    return g
a, b, c = make(1).__closure__[0], make(1).__closure__[0], make(2).__closure__[0]
e = empty().__closure__[0]
print(a == b, a != c, a < c, c > a, e < a, a > e, e == empty().__closure__[0], a == 1)
try:
    hash(a)
except TypeError as err:
    print("TypeError:", err)
print(type(a).__hash__, sorted([c, a, e]) == [e, a, c])
