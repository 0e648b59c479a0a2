# Keeping a caught exception in a local of the same function makes a cycle
# (exception -> traceback -> frame -> local); the frame's other locals live until the collector runs.
# %%
import gc
import weakref
class Resource:
    pass
gc.collect()
def fail_and_keep():
    res = Resource()
    try:
        1 / 0
    except ZeroDivisionError as e:
        kept = e
    return weakref.ref(res)
probe = fail_and_keep()
alive_after_return = probe() is not None
collected = gc.collect()
print(alive_after_return, collected > 0, probe() is None)
