# Wrong argument counts: builtins, methods, user functions.
# %%
len()
# %%
len([1], [2])
# %%
abs()
# %%
isinstance(1)
# %%
print(end=1)
# %%
[].append()
# %%
[].append(1, 2)
# %%
[].insert(1)
# %%
"abc".split(1)
# %%
"abc".replace("a")
# %%
{}.get()
# %%
{}.pop()
# %%
{}.update(1)
# %%
int("1", "2")
# %%
range()
# %%
range(1, 2, 3, 4)
# %%
range(1, 2, 0)
# %%
range(1.5)
# %%
def f(a, b):
    return a + b

f(1)
# %%
f()
# %%
f(1, 2, 3)
# %%
f(1, c=3)
# %%
f(1, 2, a=3)
# %%
def g(a, *, key):
    pass

g(1, 2)
# %%
g(1)
# %%
def h(a, /, b):
    pass

h(a=1, b=2)
# %%
class Thing:
    def method(self, x):
        pass
    @staticmethod
    def smeth():
        pass
    @classmethod
    def cmeth(cls, y):
        pass

Thing().method()
# %%
Thing().method(1, 2)
# %%
Thing.method(1)
# %%
Thing().smeth(1)
# %%
Thing.cmeth()
# %%
class NoInit:
    pass

NoInit(1)
# %%
class WithInit:
    def __init__(self, a):
        self.a = a

WithInit()
# %%
WithInit(1, 2)
# %%
WithInit(b=2)
# %%
object(1)
# %%
lambda_ = lambda x: x
lambda_()
# %%
def many(a, b, c, d=1, *args, e, f=2, **kw):
    pass

many()
# %%
many(1, 2, 3)
# %%
def kwonly(*, a, b, c):
    pass

kwonly(1)
# %%
kwonly(a=1)
# %%
def two(a, b): pass
two(1, 2, 3, 4)
# %%
def defaults(a, b=1): pass
defaults(1, 2, 3)
# %%
def nothing(): pass
nothing(1)
# %%
nothing(x=1)
# %%
sorted([1], lambda x: x)
# %%
min()
# %%
sum(1, 2, 3)
# %%
getattr(1)
# %%
"a".join()
# %%
"{}".format
str.upper()
# %%
str.upper(1)
# %%
list.append(1, 2)
# %%
int.to_bytes()
