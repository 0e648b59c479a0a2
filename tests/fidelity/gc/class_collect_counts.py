# A deleted class is freed only by the collector (its __mro__ and descriptors refer back to it);
# gc.collect() reports the class and the objects of its cycle.
# %%
import gc
gc.collect()
class Temporary:
    def method(self):
        return 1
del Temporary
print(gc.collect())
# %%
class Empty: pass
del Empty
print(gc.collect())
# %%
class Base: pass
class Derived(Base):
    x = 1
del Derived
print(gc.collect())
del Base
print(gc.collect())
# %%
class Slotted:
    __slots__ = ('a',)
del Slotted
print(gc.collect())
