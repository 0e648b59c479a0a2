# %% [markdown]
# Seed 002, In [23] to In [28] (thresholds, count, collect).
# Changed: In [26] echoed `gc.get_count()` ((54, 0, 0) in the seed: the generation-0 count includes the
# allocations of the tooling around the cells); it now echoes the two older counters only.
# Added: the first cell collects once, so In [27]'s return value only counts this file's garbage.
# %%
import gc
collected = gc.collect()
# %%
gc.get_threshold()
# %%
gc.set_threshold(900,20,20)
# %%
gc.get_threshold()
# %%
gc.get_count()[1:]
# %%
gc.collect()
# %%
# gc.set_threshold(0,0,0)
