# get_count() reads the counters before allocating its result tuple, which itself counts as an allocation.
# %%
import gc
gc.collect()
first = gc.get_count()
second = gc.get_count()
print(first, second)
