# DEBUG_SAVEALL keeps every unreachable object in gc.garbage instead of freeing it; once the flag is
# off and gc.garbage is emptied, the next collection frees them.
# %%
import gc
class C:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
d = {}
d['d'] = d
c = C()
c.me = c
del l, d, c
found = gc.collect()
gc.set_debug(0)
print(found, sorted(type(o).__name__ for o in gc.garbage))
print(len(gc.garbage))
# %%
del gc.garbage[:]
print(gc.collect())
print(gc.garbage)
