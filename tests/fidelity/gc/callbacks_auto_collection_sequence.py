# Automatic collections with thresholds (100, 2, 2) while 4000 instances stay alive: the generation
# collected at each trigger. gc.freeze() first parks the interpreter's own objects in the permanent
# generation, so the long-lived counts behind the gen2 decision only cover this cell's objects.
# %%
import gc
class C:
    pass
gc.collect()
gc.freeze()
gc.collect()
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append(info['generation'])
keep = []
gc.callbacks.append(cb)
gc.set_threshold(100, 2, 2)
for i in range(4000):
    keep.append(C())
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
gc.unfreeze()
print(''.join(map(str, gens)))
print(len(gens), gens.count(0), gens.count(1), gens.count(2))
