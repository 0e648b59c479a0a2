# A list containing itself is one unreachable object once its name is gone.
# %%
import gc
import sys
gc.collect()
x = []
x.append(x)
print(sys.getrefcount(x), x)
del x
print(gc.collect())
