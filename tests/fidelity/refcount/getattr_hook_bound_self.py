# A class with __getattr__ reads attributes through slot_tp_getattr_hook, which calls __getattr__
# (and a class's own __getattribute__) through call_attribute: a bound method holding self. Without
# __getattr__, __getattribute__ is called unbound.
# %%
import sys
class Fallback:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return sys.getrefcount(self)
f = Fallback()
print(f.missing, getattr(f, "other"), f.real)
class Both:
    def __getattribute__(self, name):
        if name == "probe":
            return sys.getrefcount(self)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return -sys.getrefcount(self)
b = Both()
print(b.probe, b.nothing)
class OnlyGetattribute:
    def __getattribute__(self, name):
        return sys.getrefcount(self)
print(OnlyGetattribute().anything)
o = OnlyGetattribute()
print(o.anything)
