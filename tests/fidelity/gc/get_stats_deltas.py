# gc.get_stats(): per generation cumulative collections/collected/uncollectable; compare two snapshots.
# %%
import gc
def snapshot():
    return [(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()]
def delta(before, after):
    return [tuple(a - b for a, b in zip(x, y)) for y, x in zip(before, after)]
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.collect()
before = snapshot()
a = []
a.append(a)
del a
gc.collect(0)
b1 = []
b1.append(b1)
b2 = []
b2.append(b2)
del b1, b2
gc.collect(1)
gc.collect(2)
gc.collect(2)
after = snapshot()
print(delta(before, after))
