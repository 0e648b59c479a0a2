# Importing a module CPython preloads leaves gen 0's count and the free lists as CPython has them in
# the next cells too (the load's garbage is collected, the free-list entries it took are given back)
import gc
print(gc.get_count())
# %%
import reprlib, warnings, struct, _thread, functools
print(gc.get_count())
# %%
print(gc.get_count())
# %%
import collections, weakref, abc, types, enum, keyword
print(gc.get_count())
# %%
print(gc.get_count())
x = [(i,) for i in range(5)]
print(gc.get_count())
# %%
print(gc.collect())
