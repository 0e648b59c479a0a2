# A weakref's repr names its referent by __name__ looked up on the type (_PyObject_LookupSpecial):
# functions and classes show it, a module's or an instance's own __name__ is not used.
# %%
import weakref, math
class Widget:
    def __init__(self, label): self.__name__ = label
def handler(): pass
w = Widget("ok-button")
r = weakref.ref(w)
print(repr(r).endswith("at " + hex(id(w)) + ">"), "ok-button" in repr(r))
# %%
repr(weakref.ref(handler)).endswith("(handler)>"), repr(weakref.ref(Widget)).endswith("(Widget)>")
# %%
rm = weakref.ref(math)
repr(rm).endswith(hex(id(math)) + ">"), "(math)" in repr(rm)
# %%
class Named:
    @property
    def __name__(self):
        print("__name__ property called")
        return "from-property"
n = Named()
repr(weakref.ref(n)).endswith("(from-property)>")
# %%
class NotStr:
    __name__ = 42
ns = NotStr()
repr(weakref.ref(ns)).endswith(hex(id(ns)) + ">")
