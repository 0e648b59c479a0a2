# An exception subclass gets a __weakref__ slot (BaseException has a dict but no weaklist), so
# type_new adds the __weakref__ getset descriptor to its dict: one more GC allocation.
import gc, weakref
out = []
# %%
gc.collect()
class E(KeyError):
    pass
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class V(ValueError):
    pass
c = gc.get_count()
out.append(c)
# %%
print(out, sorted(E.__dict__), E.__weakrefoffset__ > 0)
e = E('k')
print(e.__weakref__)
r = weakref.ref(e)
print(e.__weakref__ is r, repr(e), str(e))
del e
print(r())
