# The errors of await and of coroutine objects (GET_AWAITABLE, gen_send_ex2, gen_close).
async def f(x):
    return await x
try:
    f(1).send(None)
except TypeError as e:
    print(e)
# %%
class NonIter:
    def __await__(self):
        return 5
try:
    f(NonIter()).send(None)
except TypeError as e:
    print(e)
# %%
async def g():
    return 1
class ReturnsCoro:
    def __await__(self):
        return g()
try:
    f(ReturnsCoro()).send(None)
except TypeError as e:
    print(e)
# %%
class Suspend:
    def __await__(self):
        yield 1
async def waiter():
    await Suspend()
w = waiter()
w.send(None)
try:
    f(w).send(None)
except RuntimeError as e:
    print(e)
w.close()
# %%
async def ignores():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()
c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
# %%
async def stops():
    raise StopIteration(3)
try:
    stops().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))
# %%
def gen():
    yield from g()
try:
    next(gen())
except TypeError as e:
    print(e)
# %%
async def again():
    c = g()
    await c
    await c
try:
    again().send(None)
except RuntimeError as e:
    print(e)
