# The collector's history does not start at zero: python3.11's startup, site and the runner's own
# imports already made collections, and the objects they left in generation 2 count in
# long_lived_total, which keeps a generation-2 collection waiting until a quarter as many objects
# again have been promoted into generation 2 since the last one.
import gc
print(gc.get_stats())
# %%
a = []
a.append(a)
del a
print(gc.collect(0), gc.get_stats()[0])
# %%
gc.set_threshold(100, 2, 2)
keep = []
for i in range(8000):
    cycle = []
    cycle.append(cycle)
    if i % 10 == 0:
        keep.append([i])
print(gc.get_stats()[2]['collections'], gc.get_count())
gc.set_threshold(700, 10, 10)
# %%
gc.freeze()
frozen = gc.get_freeze_count()
gc.unfreeze()
print(frozen > 11000, gc.get_freeze_count(), gc.get_count())
