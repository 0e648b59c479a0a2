# Argument list mistakes.
# %%
print(sep="-", "a")
# %%
f(**{}, a)
# %%
f(*a, **b, *c)
# %%
def f(a, a): pass
# %%
def f(a=1, b): pass
# %%
f(a=1, a=2)
# %%
def f(*): pass
# %%
def f(*, **k): pass
# %%
def f(**k, a): pass
# %%
def f(*a, *b): pass
# %%
def f(a, /, a): pass
# %%
def f(/, a): pass
# %%
def f(a, //): pass
# %%
def f(a, /, b, /): pass
# %%
def f(*, a, /): pass
# %%
f(x for x in range(3), 1)
# %%
f(1, x for x in range(3))
# %%
lambda a, a: 1
# %%
lambda a=1, b: 1
# %%
f(a.b=1)
# %%
f(1=2)
# %%
f(a b=1)
# %%
def f(a b): pass
# %%
def f(a:): pass
# %%
def f(a, **k=1): pass
# %%
def f(a, *k=1): pass
# %%
def f(a=1, /, b): pass
# %%
class C(x for x in y): pass
# %%
def f[T](x): pass
# %%
print("ok")
