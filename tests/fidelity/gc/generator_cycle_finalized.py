# A suspended generator in a garbage cycle is finalized by the collector: its finally block runs.
# Closing it clears its frame, which breaks the cycle, so refcounting frees both objects before the
# collector's delete phase and collect() counts nothing.
# %%
import gc
events = []
def worker(box):
    try:
        yield 1
        yield 2
    finally:
        events.append('finally ran')
gc.collect()
box = []
g = worker(box)
next(g)
box.append(g)
del g, box
print(events)
collected = gc.collect()
print(collected, events)
