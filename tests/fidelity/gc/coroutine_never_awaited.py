# A coroutine finalised before it started warns "coroutine ... was never awaited" (RuntimeWarning);
# a suspended one is closed instead. Warnings show once a cell records them.
import warnings, gc
async def co():
    return 1
async def suspended():
    try:
        await Step()
    finally:
        print('closed on dealloc')
class Step:
    def __await__(self):
        yield
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    co()
    c = co()
    del c
    s = suspended()
    s.send(None)
    del s
print([(w.category.__name__, str(w.message)) for w in log])
# %%
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    c = co()
    c.close()
    del c
print(len(log))
# %%
async def holds(box):
    return box
gc.collect()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    box = []
    box.append(holds(box))
    del box
    n = gc.collect()
print(n, [str(w.message) for w in log])
