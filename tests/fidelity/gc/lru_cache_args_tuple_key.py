# An lru_cache wrapper is called through tp_call alone: _PyObject_MakeTpCall packs the arguments
# in a new tuple, and lru_cache_make_key makes a lone int or str argument its own key and that
# args tuple itself the key of any other call without keywords.
# %%
import gc, sys, functools
@functools.lru_cache(maxsize=None)
def pair(a, b):
    return None
@functools.lru_cache(maxsize=None)
def one(a):
    return None
gc.collect()
x = gc.get_count()
pair(1, 2)
y = gc.get_count()
pair(1, 2)
z = gc.get_count()
one(5)
w = gc.get_count()
one(5.5)
v = gc.get_count()
print(y[0] - x[0], z[0] - y[0], w[0] - z[0], v[0] - w[0])
obj = object()
pair(obj, obj)
one(obj)
print(sys.getrefcount(obj))
print(pair.cache_info(), one.cache_info())
# %%
@functools.lru_cache(maxsize=2)
def bounded(a, b=0):
    return a + b
for args in [(1,), (2,), (1,), (3,), (1, 1), (1,)]:
    bounded(*args)
bounded(4, b=1)
print(bounded.cache_info())
