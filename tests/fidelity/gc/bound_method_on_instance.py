# Storing a bound method on its own instance makes a cycle: instance -> bound method -> instance.
# %%
import gc
import sys
class Handler:
    def handle(self):
        return 'handled'
gc.collect()
h = Handler()
h.callback = h.handle
print(h.callback(), sys.getrefcount(h))
del h
print(gc.collect())
