# Subclasses of itertools iterators: instance dict, weakrefs, keyword rules, from_iterable, reduce
import gc
import itertools
import weakref
class C(itertools.cycle):
    pass
c = C('ab')
c.tag = 1
print(next(c), next(c), next(c), c.tag, vars(c))
w = weakref.ref(c)
del c
print(w())
try:
    C('ab', k=1)
except TypeError as e:
    print(e)
class C2(itertools.count):
    def __init__(self, *a, **k):
        pass
print(next(C2(5)))
class P(itertools.product):
    pass
p = P('ab', repeat=2)
print(list(p), p.__reduce__()[0].__name__)
class E(enumerate):
    pass
e = E('ab')
e.self = e
w = weakref.ref(e)
del e
gc.collect()
print(w())
class CH(itertools.chain):
    pass
print(type(CH.from_iterable(['ab'])).__name__, list(CH('a', 'b')))
