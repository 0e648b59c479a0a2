# An automatic collection starts inside the allocation that takes generation 0's count above threshold0.
# `base` is the count just before the loop (its own result tuple adds one more), so the first
# collection fires while keep holds 49 - base instances; later ones fire every ~threshold allocations.
# %%
import gc
class C:
    pass
gc.collect()
gc.freeze()
gc.collect()
fired = []
def cb(phase, info):
    if phase == 'start':
        fired.append((len(keep), info['generation']))
keep = []
gc.set_threshold(50)
gc.callbacks.append(cb)
base = gc.get_count()[0]
for i in range(200):
    keep.append(C())
gc.set_threshold(700)
gc.callbacks.remove(cb)
gc.unfreeze()
print(fired[0][0] + base, [b[0] - a[0] for a, b in zip(fired, fired[1:])], [g for n, g in fired])
