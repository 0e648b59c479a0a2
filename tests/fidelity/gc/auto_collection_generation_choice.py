# Which generation each automatic collection examines with thresholds (10, 2, 3): every third
# trigger is a generation-1 collection; generation 2 waits for its own threshold and the 25 % rule.
# %%
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append(info['generation'])
keep = []
gc.callbacks.append(cb)
gc.set_threshold(10, 2, 3)
for i in range(400):
    keep.append([])
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
gc.unfreeze()
print(''.join(map(str, gens)))
print(gens.count(0), gens.count(1), gens.count(2))
