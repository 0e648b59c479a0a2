# With DEBUG_SAVEALL, unreachable objects are appended to gc.garbage instead of being freed.
# %%
import gc
class Owner:
    pass
gc.collect()
start = len(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
o = Owner()
o.d = {'owner': o}
del o
found = gc.collect()
gc.set_debug(0)
saved = gc.garbage[start:]
print(found, len(saved), sorted(type(x).__name__ for x in saved))
del saved
del gc.garbage[start:]
print(gc.collect())
