# await on coroutines and __await__ objects, driven by hand with send(None); cr_await while suspended.
class Future:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('waiting', self.v)
        return got * 2

async def inner(v):
    r = await Future(v)
    return r + 1

async def outer():
    a = await inner(10)
    b = await inner(20)
    return a, b

c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_suspended)
print(type(c.cr_await.cr_await).__name__)
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print('done', e.value)
# %%
c = outer()
c.send(None)
try:
    c.throw(ValueError('boom'))
except ValueError as e:
    print('thrown', e)
print(c.cr_frame)
# %%
async def catcher():
    try:
        await Future(1)
    except KeyError as e:
        return 'caught ' + repr(e)
c = catcher()
c.send(None)
try:
    c.throw(KeyError, 'k')
except StopIteration as e:
    print(e.value)
# %%
async def closing():
    try:
        await Future(1)
    finally:
        print('finally ran')
c = closing()
c.send(None)
c.close()
print(c.cr_frame)
