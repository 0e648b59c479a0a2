# With a small threshold, automatic collections free garbage cycles as they accumulate.
# %%
import gc
class Node:
    pass
gc.collect()
gc.freeze()
gc.collect()
stops = []
def cb(phase, info):
    if phase == 'stop':
        stops.append((info['generation'], info['collected']))
gc.callbacks.append(cb)
gc.set_threshold(100, 10, 10)
for i in range(300):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
leftover = gc.collect()
gc.unfreeze()
print(stops)
print(sum(c for g, c in stops) + leftover)
