# gc.get_stats() deltas across automatic collections triggered by a small threshold0: every
# generation's collections, collected and uncollectable counters.
# %%
import gc
def stats():
    return [(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()]
gc.collect()
gc.freeze()
before = stats()
gc.set_threshold(30, 2, 1000)
for i in range(100):
    n = []
    n.append(n)
    del n
gc.set_threshold(700, 10, 10)
after = stats()
gc.unfreeze()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)])
# %%
before = stats()
cycle = {}
cycle['me'] = cycle
del cycle
print(gc.collect(1))
after = stats()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)])
