# A class is part of reference cycles (its __mro__ and descriptors refer back to it), so a deleted
# class is only freed by the collector.
# %%
import gc
import weakref
gc.collect()
class Temporary:
    def method(self):
        return 1
watch = weakref.ref(Temporary)
del Temporary
alive_before = watch() is not None
collected = gc.collect()
print(alive_before, collected > 0, watch() is None)
