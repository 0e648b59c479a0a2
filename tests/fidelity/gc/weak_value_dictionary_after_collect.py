# A WeakValueDictionary keeps an entry for a cyclic value until the collector frees the value.
# %%
import gc
import weakref
class Value:
    pass
gc.collect()
cache = weakref.WeakValueDictionary()
v = Value()
v.me = v
cache['k'] = v
plain = Value()
cache['plain'] = plain
del v, plain
print(len(cache), 'k' in cache, 'plain' in cache)
collected = gc.collect()
print(collected, len(cache), 'k' in cache)
