# itertools.tee buffers what the leading iterator read in 57-value links (_tee_dataobject) shared by
# every tee: a value stays referenced by its link until the last tee moves off that link.
import gc
import sys
import itertools
class Item:
    pass
items = [Item() for _ in range(60)]
a, b = itertools.tee(iter(items))
print(type(a).__name__, type(a) is type(b), a is not b, sys.getsizeof(a))
link = gc.get_referents(a)[0]
print(type(link).__name__, sys.getsizeof(link), gc.get_referents(b)[0] is link)
print(sys.getrefcount(items[0]), sys.getrefcount(items[1]))
# %%
first = [next(a) for _ in range(3)]
del first
print(sys.getrefcount(items[0]), sys.getrefcount(items[3]), len(gc.get_referents(link)))
print(next(b) is items[0], next(b) is items[1])
print(sys.getrefcount(items[0]), sys.getrefcount(items[1]))
# %%
for _ in range(57):
    next(a)
link2 = gc.get_referents(a)[0]
print(link2 is not link, gc.get_referents(link)[-1] is link2, len(gc.get_referents(link2)))
print(sys.getrefcount(items[56]), sys.getrefcount(items[57]))
# %%
for _ in range(55):
    next(b)
del link
print(gc.get_referents(b)[0] is link2, sys.getrefcount(items[0]), sys.getrefcount(items[56]))
print(next(b) is items[57], gc.get_referents(b)[0] is link2)
print(sys.getrefcount(items[0]), sys.getrefcount(items[56]), sys.getrefcount(items[57]))
# %%
print(next(a, 'done'), list(b) == items[58:], list(a))
print(sys.getrefcount(items[58]))
del a, b, link2
print(sys.getrefcount(items[58]))
# %%
import weakref
gc.collect()
h = Item()
h.t = itertools.tee(iter([h]), 1)[0]
r = weakref.ref(h)
del h
print(r() is not None, gc.collect(), r())
