# Calling an instance whose class defines __call__: _PyObject_MakeTpCall packs the arguments in a
# tuple (and the keywords in a dict), and slot_tp_call calls __call__ unbound with self prepended
# (borrowed; keywords are unpacked into new references); obj(*args) passes its tuple as it is.
# %%
import sys
class Counter:
    def __call__(self, *args, **kwargs):
        return [sys.getrefcount(self)] + [sys.getrefcount(a) for a in args] + [sys.getrefcount(v) for v in kwargs.values()]
c = Counter()
item = object()
print(c())
print(c(item))
print(c(item, item))
print(c(k=item))
print(c(item, k=item))
print(c(item, item, item, item, item))
args = (item,)
print(c(*args))
print(c(*args, **{"k": item}))
print(sys.getrefcount(item))
# %%
class Fixed:
    def __call__(self, a, b=None):
        return sys.getrefcount(self), sys.getrefcount(a)
fx = Fixed()
print(fx(item), fx(a=item), fx(item, b=item))
print(list(map(fx, [item])))
