# Tuples freed into the tuple free list are reused without touching the count.
# %%
import gc
gc.collect()
start = gc.get_count()[0]
pairs = []
for i in range(100):
    pairs.append((i, i + 1))
after_create = gc.get_count()[0]
del pairs
after_free = gc.get_count()[0]
again = [(i, -i) for i in range(100)]
after_reuse = gc.get_count()[0]
print(after_create - start, after_free - after_create, after_reuse - after_free)
