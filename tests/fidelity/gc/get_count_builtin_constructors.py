# What a constructor call allocates, seen after a collection emptied the free lists: tuple() of a
# sized iterable fills a tuple of its length (no list in between); set()/frozenset() allocate the
# set, then iterate (no list); complex has no vectorcall in 3.11 (type_call's args tuple).
import gc
def measure(label, make):
    make(); make()
    gc.collect()
    a = gc.get_count()[0]
    make()
    b = gc.get_count()[0]
    print(label, b - a)
measure('tuple(range)', lambda: tuple(range(3)))
measure('tuple(str)', lambda: tuple('ab'))
measure('tuple(dict)', lambda: tuple({'a': 1, 'b': 2}))
measure('tuple(genexp)', lambda: tuple(i for i in range(3)))
measure('set(str)', lambda: set('ab'))
measure('set(range)', lambda: set(range(2)))
measure('frozenset(str)', lambda: frozenset('ab'))
measure('set.update', lambda: set().update('ab', range(2)))
measure('complex', lambda: complex(1, 2))
measure('complex kw', lambda: complex(real=1, imag=2))
print(tuple(range(3)), tuple('ab'), sorted(set('abca')), complex(imag=2))
try:
    set(5)
except TypeError as e:
    print(e)
