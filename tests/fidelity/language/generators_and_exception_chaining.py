# Generator cleanup on release, yield from results, send(), chained exceptions and their tracebacks.
# %%
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
x = g()
next(x)
x = None
print("after")
# %%
def deleg():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield "a"
    return "done"
print(list(deleg()))
# %%
def raiser():
    yield 1
    raise ValueError("inside gen")
for v in raiser():
    print(v)
# %%
def outer():
    inner()
def inner():
    raise KeyError("deep")
try:
    outer()
except KeyError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
outer()
# %%
try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("wrapped") from e
# %%
try:
    1/0
except ZeroDivisionError:
    raise ValueError("during handling")
# %%
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except MyErr as e:
    print(e, e.code, e.args, repr(e))
raise MyErr(7)
# %%
def gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
gs = gen_send()
next(gs)
gs.send(5); gs.send(10)
try:
    gs.send(None)
except StopIteration as e:
    print("result", e.value)
