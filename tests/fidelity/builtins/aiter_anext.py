# Builtins aiter() and anext(): the async iteration protocol by hand, anext's default (anext_awaitable).
import sys
async def agen():
    yield 1
    yield 2
a = agen()
print(aiter(a) is a)
aw = anext(a)
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print('value', e.value)
d = anext(a, 'dflt')
print(type(d).__name__, sys.getsizeof(d), iter(d) is d, d.__await__() is d)
try:
    next(d)
except StopIteration as e:
    print('value', e.value)
try:
    anext(a, 'dflt').send(None)
except StopIteration as e:
    print('default', e.value)
# %%
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def total():
    s = []
    async for v in Counter(3):
        s.append(v)
    return s
try:
    total().send(None)
except StopIteration as e:
    print(e.value)
c = Counter(0)
try:
    anext(c, 'empty').send(None)
except StopIteration as e:
    print(e.value)
# %%
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
try:
    anext(iter([1]))
except TypeError as e:
    print(e)
class NotAsync:
    def __aiter__(self):
        return 1
try:
    aiter(NotAsync())
except TypeError as e:
    print(e)
try:
    anext()
except TypeError as e:
    print(e)
# %%
class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def loop():
    async for x in BadNext():
        pass
try:
    loop().send(None)
except TypeError as e:
    print(e, '|', e.__cause__)
class BadIter:
    def __aiter__(self):
        return 5
async def loop2():
    async for x in BadIter():
        pass
try:
    loop2().send(None)
except TypeError as e:
    print(e)
