# A __del__ that stores self resurrects the cycle: collect() counts nothing; __del__ never runs again.
# %%
import gc
saved = []
calls = []
class Phoenix:
    def __del__(self):
        calls.append('__del__')
        saved.append(self)
gc.collect()
p = Phoenix()
p.me = p
del p
first = gc.collect()
print(first, calls, len(saved), saved[0].me is saved[0], gc.is_finalized(saved[0]))
# %%
saved.clear()
second = gc.collect()
print(second, calls)
