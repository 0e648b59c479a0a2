# Coroutine objects: type, repr, cr_* attributes, sizes, gc tracking, __await__'s coroutine_wrapper.
import sys, gc, types
async def co(a):
    x = a + 1
    return x
c = co(1)
print(type(c), type(c) is types.CoroutineType, repr(c).startswith('<coroutine object co at 0x'))
print(c.__name__, c.__qualname__, c.cr_code is co.__code__, c.cr_running, c.cr_suspended)
print(c.cr_await, c.cr_origin, type(c.cr_frame).__name__)
print(sys.getsizeof(c), gc.is_tracked(c), co.__code__.co_flags & 0x80)
# %%
w = c.__await__()
print(type(w).__name__, sys.getsizeof(w), gc.is_tracked(w), iter(w) is w)
print(sys.getrefcount(c))
try:
    next(w)
except StopIteration as e:
    print('returned', e.value)
print(c.cr_frame, c.cr_suspended)
del w
print(sys.getrefcount(c))
# %%
try:
    c.send(None)
except RuntimeError as e:
    print(e)
print(c.close(), c.close())
# %%
try:
    next(co(1))
except TypeError as e:
    print(e)
c2 = co(2)
try:
    c2.send(5)
except TypeError as e:
    print(e)
c2.close()
# %%
print(sorted(n for n in dir(types.CoroutineType) if not n.startswith('__')))
print('__await__' in dir(types.CoroutineType), hasattr(types.CoroutineType, '__iter__'))
print(types.CoroutineType.__await__)
