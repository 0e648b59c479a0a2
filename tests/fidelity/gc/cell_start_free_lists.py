# Small allocations at the start of a cell come from the free lists compile() filled: gen-0's
# count does not move for them until the free list is empty.
import gc
gc.disable()
# %%
c0 = gc.get_count()[0]
a = []
c1 = gc.get_count()[0]
b = {}
c2 = gc.get_count()[0]
t = (c1, c2)
c3 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2)
# %%
keep = []
before = gc.get_count()[0]
for i in range(30):
    keep.append([])
print(gc.get_count()[0] - before)
# %%
keep = []
before = gc.get_count()[0]
for i in range(30):
    keep.append({})
print(gc.get_count()[0] - before)
# %%
keep = []
before = gc.get_count()[0]
for i in range(40):
    keep.append((i, i))
print(gc.get_count()[0] - before)
# %%
def scale(v, k=2.0):
    return [x * k for x in v]
keep = None
before = gc.get_count()[0]
pairs = [(i, -i) for i in range(40)]
print(gc.get_count()[0] - before)
gc.enable()
