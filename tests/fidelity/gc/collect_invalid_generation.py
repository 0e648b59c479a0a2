# collect() accepts generations 0, 1 and 2 only.
# %%
import gc
gc.collect(3)
# %%
gc.collect(-1)
# %%
print(gc.collect(generation=2))
