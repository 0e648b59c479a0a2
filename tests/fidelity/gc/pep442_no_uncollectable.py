# Since PEP 442, cycles with __del__ are collectable: nothing is uncollectable and gc.garbage stays as it was.
# %%
import gc
class WithDel:
    def __del__(self):
        pass
gc.collect()
garbage_before = len(gc.garbage)
stats_before = gc.get_stats()[2]['uncollectable']
a = WithDel()
b = WithDel()
a.b = b
b.a = a
del a, b
collected = gc.collect()
print(collected, len(gc.garbage) - garbage_before, gc.get_stats()[2]['uncollectable'] - stats_before)
