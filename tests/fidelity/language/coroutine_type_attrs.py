# The attributes of the coroutine, async generator and generator types: slot wrappers (__del__ from
# tp_finalize, __await__/__aiter__/__anext__ from tp_as_async) and async_generator[int].
import types
print(dir(types.CoroutineType))
print(dir(types.AsyncGeneratorType))
print(dir(types.GeneratorType))
print(types.GeneratorType.__del__, types.CoroutineType.__await__, types.AsyncGeneratorType.__anext__)
print(types.AsyncGeneratorType[int], types.AsyncGeneratorType.__aiter__.__doc__)
# %%
async def ag():
    yield
a = ag()
print(dir(a.asend(None)))
print(dir(a.athrow(ValueError)))
async def co():
    pass
c = co()
print(dir(c.__await__()))
print(dir(anext(a, 1)))
c.__del__()
print(c.cr_frame is not None)
c.close()
