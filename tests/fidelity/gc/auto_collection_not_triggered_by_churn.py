# The count is net of frees, so churning through short-lived objects never triggers a collection.
# %%
import gc
class C:
    pass
gc.collect()
gc.freeze()
gc.collect()
starts = []
gc.callbacks.append(lambda phase, info: starts.append(phase) if phase == 'start' else None)
gc.set_threshold(100)
for i in range(10000):
    x = C()
gc.set_threshold(700)
gc.callbacks.clear()
gc.unfreeze()
print(len(starts))
