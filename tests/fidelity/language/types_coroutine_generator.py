# types.coroutine of a generator function: its __code__ is replaced by a copy with CO_ITERABLE_COROUTINE, so a coroutine can await its generators.
import types
@types.coroutine
def ticks(n):
    for i in range(n):
        got = yield i
        print('tick', i, 'got', got)
    return 'done'
print(hex(ticks.__code__.co_flags), ticks.__code__.co_name, ticks.__code__.co_qualname)
g = ticks(1)
print(type(g).__name__, g.gi_code is ticks.__code__)
# %%
async def main():
    r = await ticks(2)
    print('awaited', r)
    return r + '!'
c = main()
print(c.send(None))
print(c.send('a'))
try:
    c.send('b')
except StopIteration as e:
    print('stop', e.value)
# %%
def plain():
    yield 1
old = plain.__code__
wrapped = types.coroutine(plain)
print(wrapped is plain, plain.__code__ is old, plain.__code__ == old)
print(bool(old.co_flags & 0x100), bool(plain.__code__.co_flags & 0x100))
