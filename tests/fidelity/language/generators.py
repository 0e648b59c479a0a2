# Generators: yield, send, return values, yield from, close and exhaustion.
# %%
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stopped with', e.value)
# %%
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'

e = echo()
print(next(e), e.send(1), e.send('x'))
e.close()
print(next(e, 'closed'))
# %%
def inner():
    yield 1
    yield 2
    return 'inner result'

def outer():
    result = yield from inner()
    yield result

print(list(outer()))
gen = (i * 2 for i in range(3))
print(next(gen), list(gen), list(gen))
