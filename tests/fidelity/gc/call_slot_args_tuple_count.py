# Calling an instance of a class with __call__ packs its arguments in a new tuple
# (_PyObject_MakeTpCall): after a full collection has emptied the tuple free lists, the first
# call's 1-tuple is a new GC object (counted in generation 0) that is then parked, not freed.
# %%
import gc
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return None
add = Adder(1)
gc.collect()
a = gc.get_count()
add(1)
b = gc.get_count()
add(2)
c = gc.get_count()
r = [add(i) for i in range(10)]
d = gc.get_count()
print(b[0] - a[0], c[0] - b[0], d[0] - c[0])
