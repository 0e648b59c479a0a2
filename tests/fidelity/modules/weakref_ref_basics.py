# weakref.ref: calling it returns the object while alive and None after; it adds no strong reference.
# %%
import sys
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c, sys.getrefcount(c), weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
r2 = weakref.ref(c)
print(r2 is r, weakref.getweakrefcount(c))
del c
print(r(), r2() is None, r == r2)
# %%
d = C()
rd = weakref.ref(d)
print(rd == weakref.ref(d), hash(rd) == hash(d))
