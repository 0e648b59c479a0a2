# gc.get_count()[0] counts GC allocations net of GC frees; objects parked in or taken from the
# list, dict and tuple free lists move it in neither direction. (Readings are printed at the end of
# each cell: the first print of a process leaves GC objects behind in sys.stdout's buffer.)
# %%
import gc
class C:
    pass
gc.collect()
c0 = gc.get_count()[0]
objs = [C() for i in range(5)]
after_alloc = gc.get_count()[0] - c0
del objs
after_free = gc.get_count()[0] - c0
print(after_alloc, after_free)
# %%
gc.collect()
c0 = gc.get_count()[0]
lists = [[i] for i in range(5)]
after_alloc = gc.get_count()[0] - c0
del lists
after_free = gc.get_count()[0] - c0
again = [[i] for i in range(5)]
after_reuse = gc.get_count()[0] - c0
print(after_alloc, after_free, after_reuse)
# %%
gc.collect()
c0 = gc.get_count()[0]
ds = [{'k': i} for i in range(4)]
after_alloc = gc.get_count()[0] - c0
del ds
after_free = gc.get_count()[0] - c0
ts = [(i, i + 1, i + 2) for i in range(4)]
after_tuples = gc.get_count()[0] - c0
del ts
after_tuple_free = gc.get_count()[0] - c0
print(after_alloc, after_free, after_tuples, after_tuple_free)
