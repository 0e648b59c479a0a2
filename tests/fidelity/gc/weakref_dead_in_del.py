# Inside __del__, weakrefs to the object are already dead when the collector frees it,
# but still alive when refcounting frees it (the finalizer runs before weakrefs are cleared).
# %%
import gc
import weakref
seen = []
class E:
    def __del__(self):
        seen.append(self.wr() is self)
gc.collect()
e = E()
e.wr = weakref.ref(e)
e.me = e
del e
gc.collect()
print('by gc:', seen)
# %%
seen.clear()
f = E()
f.wr = weakref.ref(f)
del f
print('by refcount:', seen)
