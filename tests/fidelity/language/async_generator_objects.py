# Async generator objects: type, repr, ag_* attributes, asend/athrow/aclose awaitables, async for and
# async with driven by hand with send(None).
import sys, types, gc
async def agen(n):
    for i in range(n):
        got = yield i
        if got:
            print('got', got)
a = agen(3)
print(type(a), type(a) is types.AsyncGeneratorType, repr(a).startswith('<async_generator object agen at 0x'))
print(a.ag_running, a.ag_await, a.ag_code is agen.__code__, type(a.ag_frame).__name__, sys.getsizeof(a))
print(a.__aiter__() is a)
s = a.__anext__()
print(type(s).__name__, sys.getsizeof(s), gc.is_tracked(s))
try:
    s.send(None)
except StopIteration as e:
    print('yielded', e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)
try:
    a.asend('x').send(None)
except StopIteration as e:
    print('yielded', e.value)
t = a.athrow(ValueError)
print(type(t).__name__, sys.getsizeof(t))
try:
    t.send(None)
except ValueError as e:
    print('raised', repr(e))
print(a.ag_frame)
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print('stop', repr(e))
# %%
async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
async def consume():
    out = []
    async for v in agen2():
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
# %%
a = agen2()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    a.aclose().send(None)
except StopIteration as e:
    print('closed', repr(e))
print(a.ag_frame)
# %%
class CM:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, *a):
        print('exit', a[0])
        return True
async def use():
    async with CM() as c:
        raise KeyError(1)
    return 'ok'
try:
    use().send(None)
except StopIteration as e:
    print(e.value)
async def bad():
    async with 1:
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def badfor():
    async for x in [1]:
        pass
try:
    badfor().send(None)
except TypeError as e:
    print(e)
