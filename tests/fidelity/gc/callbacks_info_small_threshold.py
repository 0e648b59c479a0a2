# gc.callbacks sees every automatic collection: with threshold0 = 20, each 21st GC allocation
# collects; the "stop" info dict reports the generation and how many cycle members it freed.
# %%
import gc
gc.collect()
gc.freeze()
gc.collect()
records = []
def cb(phase, info):
    records.append((phase, info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
gc.set_threshold(20, 3, 1000)
for i in range(60):
    pair = [], []
    pair[0].append(pair[1])
    pair[1].append(pair[0])
    del pair
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
gc.unfreeze()
for r in records:
    print(r)
print(len(records) // 2, 'collections')
# %%
starts = [r for r in records if r[0] == 'start']
stops = [r for r in records if r[0] == 'stop']
print(all(r[2] == 0 and r[3] == 0 for r in starts))
print(sum(r[2] for r in stops), sorted(set(r[1] for r in stops)))
