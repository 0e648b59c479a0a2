# partial / _lru_cache_wrapper layouts (sizes, dict and weakref offsets, weak references), cache_info namedtuple, _thread locks
import gc, sys, pprint, struct, functools, collections, warnings
pprint.pprint(gc.get_stats()[0].keys())
pprint.pprint(sorted(gc.get_threshold()))
print(sys.getsizeof(struct.Struct('i')), sys.getsizeof(functools.partial(print)), sys.getsizeof(collections.ChainMap()))
cm = collections.ChainMap({'a': 1})
print(gc.is_tracked(cm), sys.getsizeof(cm.maps), repr(cm), cm.maps)
print(struct.Struct('i').__sizeof__(), struct.Struct('10s').__sizeof__(), struct.Struct('ihq').__sizeof__())
# %%
import weakref
p = functools.partial(len)
r = weakref.ref(p)
print(r() is p)
del p
print(r())
l = functools.lru_cache(maxsize=2)(lambda x: x)
print(l(1), l(2), l(3), l.cache_info(), l.cache_parameters())
print(type(l.cache_info()).__name__, l.cache_info()._fields, l.cache_info().hits)
# %%
import _thread
lk = _thread.allocate_lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.release(), lk.locked())
with lk:
    print(lk.locked())
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned())
print(r._is_owned(), type(lk).__name__, type(r).__name__)
lk.release()
