# contextlib.contextmanager: enter/exit order with try/finally, exceptions suppressed inside the generator, suppress, closing, nullcontext
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

with tag("a") as a:
    print("body", a)
    with tag("b") as b:
        print("body", b)

# %%
@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)

with swallow(ValueError):
    raise ValueError("bad value")
print("after swallow")
try:
    with swallow(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

# %%
d = {}
with suppress(KeyError):
    print(d["missing"])
print("suppressed")
with suppress(KeyError, IndexError):
    [][3]
print("suppressed again")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

# %%
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print(v)
print(type(tag("x")).__name__, type(suppress()).__name__)
