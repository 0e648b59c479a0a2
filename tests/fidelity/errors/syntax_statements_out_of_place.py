# Statements in the wrong place.
# %%
return 5
# %%
for i in range(3):
    pass
break
# %%
continue
# %%
yield 1
# %%
await something
# %%
nonlocal x
# %%
def f():
    nonlocal y
# %%
def f():
    x = 1
    global x
# %%
def f():
    print(x)
    global x
# %%
def f(a):
    global a
# %%
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
# %%
def f():
    from math import *
# %%
class A:
    return 1
# %%
def f():
    class B:
        break
# %%
x = [i for i in range(3) if (yield i)]
# %%
def g():
    x = [(yield i) for i in range(3)]
# %%
async def h():
    yield from [1]
# %%
def k():
    await x
# %%
while True:
    def f():
        break
# %%
print("ok")
