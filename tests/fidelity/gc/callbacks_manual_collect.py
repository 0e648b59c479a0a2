# gc.callbacks are called with ('start', info) and ('stop', info) around each collection.
# %%
import gc
events = []
def cb(phase, info):
    events.append((phase, info))
gc.collect()
gc.callbacks.append(cb)
gc.collect(1)
a = []
a.append(a)
del a
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)
