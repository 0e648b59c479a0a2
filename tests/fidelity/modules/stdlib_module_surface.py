# the surface of the modules course code imports: __all__, __module__ of the C parts, math names, warnings filters
import sys, functools, operator, itertools, collections, enum, dataclasses, struct, math, random, heapq, bisect, abc, copy, weakref, gc, types, string, keyword, reprlib, warnings, pprint, textwrap, numbers, fractions, statistics, timeit
print(functools.__name__, len(functools.WRAPPER_ASSIGNMENTS), functools.partial.__module__, functools.reduce.__module__)
print(sorted(n for n in functools.__all__))
print(type(functools.cached_property).__name__, type(functools.singledispatch).__name__, type(functools.lru_cache).__name__)
print(struct.__all__, type(struct.Struct).__name__, struct.Struct.__name__)
print(collections.ChainMap.__module__, collections.UserDict.__module__, sorted(collections.__all__))
print(sorted(n for n in dir(math) if not n.startswith('_')))
print(warnings.warn.__module__, type(warnings.warn).__name__, warnings.filters[:2])
print(reprlib.aRepr.maxlist, textwrap.TextWrapper().width, numbers.Number.__module__)
print(fractions.Fraction.__module__, statistics.StatisticsError.__mro__[1].__name__)
print(timeit.default_timer.__name__, timeit.default_number)
