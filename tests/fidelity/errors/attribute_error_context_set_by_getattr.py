# "Did you mean" reads the name/obj that PyObject_GetAttr attaches to an AttributeError that has none
# (raised by __getattr__, a property, a module); setattr/delattr errors carry none, so no suggestion.
# %%
class Config:
    def __init__(self):
        self._data = {"colour": "red", "size": 3}
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def colour_names(self):
        return list(self._data)
cfg = Config()
cfg.size
# %%
cfg.colour_name
# %%
try:
    cfg.sise
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.obj is cfg)
# %%
class Order:
    def __init__(self): self.items = [3, 4]
    @property
    def total(self):
        raise AttributeError("total is not ready")
    def totals(self): return sum(self.items)
Order().total
# %%
Order().total()
# %%
class Point:
    __slots__ = ("x", "y")
p = Point()
p.z = 1
# %%
p.xx = 1
# %%
del p.yy
# %%
object().__class2__ = 1
# %%
[].apend = 2
# %%
import math
math.__getattribute__("sqr")
# %%
math.sqr
# %%
class MyError(AttributeError): pass
class Raises:
    def __getattr__(self, name): raise MyError(name)
    def value(self): pass
try:
    Raises().valeu
except AttributeError as e:
    print(type(e).__name__, e.name, type(e.obj).__name__)
Raises().valeu
