# Generator and iterator protocol errors.
# %%
def gen():
    yield 1

g = gen()
next(g)
next(g)
# %%
def ret():
    yield 1
    return "done"

r = ret()
next(r)
next(r)
# %%
g = gen()
g.send(5)
# %%
def selfref():
    yield next(me)

me = selfref()
next(me)
# %%
def thrower():
    yield 1

t = thrower()
t.throw(ValueError("thrown in"))
# %%
t = thrower()
next(t)
t.throw(ValueError, "old style")
# %%
def inner():
    raise StopIteration
    yield

list(inner())
# %%
it = iter([1])
next(it)
next(it)
# %%
next(it, "default")
print(next(it, "default"))
# %%
class BadIter:
    def __iter__(self):
        return 5

iter(BadIter())
# %%
for x in BadIter():
    pass
# %%
class NoNext:
    def __iter__(self):
        return self

for x in NoNext():
    pass
# %%
gen_exp = (x for x in range(3))
gen_exp[0]
# %%
len(gen_exp)
# %%
zip([1], [2], strict=True)
print(list(zip([1, 2], [3], strict=True)))
# %%
list(zip([1], [2, 3], strict=True))
