# gc.disable() stops automatic collections; gc.collect() still works while disabled.
# %%
import gc
class Node:
    pass
gc.collect()
gc.freeze()
gc.collect()
starts = []
def cb(phase, info):
    if phase == 'start':
        starts.append(info['generation'])
gc.callbacks.append(cb)
print(gc.isenabled())
gc.disable()
enabled_now = gc.isenabled()
gc.set_threshold(10)
keep = [Node() for _ in range(200)]
auto_while_disabled = len(starts)
a = Node()
a.me = a
del a
manual = gc.collect()
gc.enable()
more = [Node() for _ in range(20)]
gc.set_threshold(700)
gc.callbacks.remove(cb)
gc.unfreeze()
print(enabled_now, auto_while_disabled, manual, gc.isenabled(), len(starts) > 1)
