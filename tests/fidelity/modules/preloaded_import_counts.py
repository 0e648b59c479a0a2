import gc
gc.collect()
before = gc.get_count()
import weakref
print("first import of weakref:", gc.get_count()[0] - before[0])
# %%
gc.collect()
before = gc.get_count()
import contextlib
print("first import of contextlib:", gc.get_count()[0] - before[0])
# %%
gc.collect()
before = gc.get_count()
from math import sqrt, pi
after = gc.get_count()
print("from-import of a plain module:", after[0] - before[0])
# %%
gc.collect()
before = gc.get_count()
from functools import reduce
from operator import add
x = reduce(add, [1, 2, 3])
after = gc.get_count()
print(x, after[0] - before[0])
