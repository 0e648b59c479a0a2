# After a resurrection, the object's later death by refcount does not call __del__ again.
# %%
import gc
calls = []
saved = []
class Phoenix:
    def __del__(self):
        calls.append('__del__')
        saved.append(self)
gc.collect()
p = Phoenix()
p.me = p
del p
gc.collect()
survivor = saved.pop()
del survivor.me
print(calls, gc.is_finalized(survivor))
del survivor
print(calls, saved)
