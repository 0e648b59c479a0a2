# get_freeze_count grows by exactly the tracked objects frozen since the last freeze.
# %%
import gc
class C:
    pass
gc.collect()
gc.freeze()
base = gc.get_freeze_count()
objs = [C() for _ in range(10)]
gc.freeze()
grown = gc.get_freeze_count() - base
gc.unfreeze()
print(grown, gc.get_freeze_count())
