# contextlib: a generator-based context manager's frame is freed after the with block (weakref to an object it held dies)
import gc
import weakref
from contextlib import contextmanager, ExitStack

class Tracked:
    pass

@contextmanager
def scoped():
    local = Tracked()
    ref = weakref.ref(local, lambda r: print("local freed"))
    yield ref
    print("generator resumes")

with scoped() as r:
    print("alive inside:", r() is not None)
print("alive after:", r() is not None)

# %%
@contextmanager
def scoped_error():
    local = Tracked()
    yield weakref.ref(local, lambda r: print("local freed after error"))

try:
    with scoped_error() as r2:
        raise KeyError("k")
except KeyError:
    print("caught; alive:", r2() is not None)
print("alive after except:", r2() is not None)

# %%
cm = scoped()
with cm as r3:
    pass
print(r3() is None)
del cm
print(gc.collect())

# %%
class Box:
    pass
b = Box()
w = weakref.ref(b)
with ExitStack() as stack:
    stack.callback(print, b.__class__.__name__)
    del b
    print("box alive in stack:", w() is not None)
print("box alive after stack:", w() is not None)
