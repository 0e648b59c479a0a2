# 3.11 keeps one freed slice for reuse (sliceobject.c's slice_cache) and a full collection does not
# empty it; startup code has already left one there, so a cell's first slice is no GC allocation.
import gc
lst = [1, 2, 3, 4]
gc.collect()
c1 = gc.get_count()
y = lst[:2]
c2 = gc.get_count()
z = lst[1:3]
c3 = gc.get_count()
s = slice(1, 2)
t = slice(2, 3)
c4 = gc.get_count()
print(c1, c2, c3, c4, y, z)
# %%
del s, t
gc.collect()
c1 = gc.get_count()
w = lst[::2]
c2 = gc.get_count()
print(c1, c2, w)
