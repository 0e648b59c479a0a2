# Importing a module already in sys.modules reads __spec__._initializing; the specs of sys and
# builtins (made by importlib's _setup) lack it, so the AttributeError raised and cleared leaves
# its args tuple in the (just emptied) free list: gen 0 counts +1. gc/math specs have it.
import gc
out = []
# %%
gc.collect()
import sys
c = gc.get_count()
out.append(c)
# %%
gc.collect()
import gc
c = gc.get_count()
out.append(c)
# %%
gc.collect()
import math
c = gc.get_count()
out.append(c)
# %%
gc.collect()
from sys import getrefcount
c = gc.get_count()
out.append(c)
# %%
gc.collect()
b = __import__('builtins')
c = gc.get_count()
out.append(c)
# %%
gc.collect()
print(gc.get_count())
# %%
gc.collect()
x = {}
y = [1]
print(gc.get_count())
# %%
gc.collect()
n = len([1])
c = gc.get_count()
# %%
print(c)
# %%
print(out)
