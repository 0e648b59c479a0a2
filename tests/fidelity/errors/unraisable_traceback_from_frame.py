# An unraisable error raised in C code (no Python frame left it, so no traceback) is reported with a
# one-entry traceback of the frame running at that moment (_PyErr_WriteUnraisableMsg).
# %%
import weakref
class O:
    pass
o = O()
r = weakref.ref(o, len)
del o
print("after the callback")
# %%
def drop():
    o = O()
    r = weakref.ref(o, len)
    x = 1
    del o
    return r() is None
print(drop())
# %%
class D:
    __del__ = None
d = D()
del d
print("no header without an object")
# %%
import gc
def collect_in_function():
    c = D()
    c.me = c
    del c
    return gc.collect()
print(collect_in_function())
