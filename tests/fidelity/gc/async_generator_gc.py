# Async generators and the collector: their awaitables and wrapped values are GC objects from free
# lists that gc.collect() of the oldest generation clears; a suspended one is closed on dealloc.
import gc, sys
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
gc.collect()
a = agen()
before = gc.get_count()[0]
s = a.asend(None)
after = gc.get_count()[0]
print(after - before, gc.is_tracked(a), gc.is_tracked(s))
try:
    s.send(None)
except StopIteration as e:
    v = e.value
del s
print(v, a.ag_running, a.ag_frame is not None)
del a
# %%
gc.collect()
async def cyc(box):
    yield box
box = []
box.append(cyc(box))
del box
print(gc.collect())
# %%
async def wrapped():
    for i in range(3):
        yield [i]
gc.collect()
w = wrapped()
counts = []
for i in range(3):
    try:
        w.__anext__().send(None)
    except StopIteration as e:
        counts.append(e.value)
c0 = gc.get_count()[0]
print(counts, c0 >= 0)
