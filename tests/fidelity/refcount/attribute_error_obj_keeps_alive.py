# An AttributeError from __getattr__ gets the object as its .obj (PyObject_GetAttr's
# set_attribute_error_context): while the exception is kept, so is the object, and __del__ waits.
# %%
import sys
class Lazy:
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        raise AttributeError(f"{name} not loaded")
    def __del__(self): print("del Lazy", self.n)
try:
    Lazy(1).data
except AttributeError as e:
    err = e
print("after try")
# %%
err.obj.n, err.name
# %%
del err
print("deleted err")
# %%
o = Lazy(2)
try:
    o.x
except AttributeError as e:
    print(sys.getrefcount(o))
sys.getrefcount(o)
