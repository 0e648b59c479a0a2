import gc
gc.collect()
before = gc.get_count()
import contextlib
from contextlib import contextmanager, suppress
print(gc.get_count()[0] - before[0])
# %%
import contextlib, gc, sys
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
gc.collect()
before = gc.get_count()
with tag("p") as t:
    print(t, sys.getrefcount(t))
print(gc.get_count()[0] - before[0])
# %%
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
# %%
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(5) as v:
    print(v)
with contextlib.ExitStack() as stack:
    for n in "ab":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
    print("body")
# %%
class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("managed exit")
with Managed() as m:
    print(type(m).__name__)
class Quiet(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False
@Quiet()
def work():
    print("working")
work()
# %%
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
with bad():
    pass
