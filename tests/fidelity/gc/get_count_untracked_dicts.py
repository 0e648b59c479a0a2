# New dicts start untracked but are still counted as GC allocations.
# %%
import gc
gc.collect()
start = gc.get_count()[0]
dicts = []
for _ in range(100):
    dicts.append({})
end = gc.get_count()[0]
print(end - start, gc.is_tracked(dicts[0]))
