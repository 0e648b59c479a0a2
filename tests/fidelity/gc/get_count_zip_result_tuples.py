# zip_next refills its result tuple in place only while nothing else holds it; otherwise it
# allocates a new tuple before advancing the iterators, and that tuple is freed when one of them
# is exhausted (ending in the tuple free list, so gen 0 keeps the count).
import gc
data = list(range(3))
gc.collect()
a = gc.get_count()
z = list(zip(data, data))
b = gc.get_count()
print(a, b, z)
# %%
gc.collect()
a = gc.get_count()
for x, y in zip(data, "abc"):
    pass
b = gc.get_count()
print(a, b)
# %%
gc.collect()
a = gc.get_count()
pairs = dict(zip("abcd", range(4)))
b = gc.get_count()
print(a, b, pairs)
# %%
print(list(zip([1, 2], [3], strict=False)))
list(zip([1, 2], [3], strict=True))
# %%
list(zip([1], [3, 4], strict=True))
# %%
it = zip([1, 2], [3, 4])
keep = next(it)
print(keep, next(it), next(it, 'end'), keep)
