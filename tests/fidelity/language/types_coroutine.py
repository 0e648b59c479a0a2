# types.coroutine of a native coroutine function returns it; awaiting a plain generator is refused.
import types
def plain():
    yield 1
async def bad():
    await plain()
try:
    bad().send(None)
except TypeError as e:
    print(e)
# %%
async def native():
    return 1
print(types.coroutine(native) is native)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
