# Modules CPython loaded at startup leave the free lists as the program left them when a cell
# imports them: the cells after the import allocate and count exactly as without it.
import gc
print(gc.get_count())
# %%
import collections, functools, enum, abc, types, keyword
print(gc.get_count())
# %%
print(gc.get_count())
# %%
rows = [(i, str(i)) for i in range(5)]
table = {k: v for k, v in rows}
print(gc.get_count())
# %%
import weakref, contextlib, typing, io, operator, itertools
print(gc.get_count())
# %%
d = collections.OrderedDict(a=1)
print(gc.get_count(), len(d))
# %%
print(gc.get_count())
