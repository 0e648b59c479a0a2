# gc.get_objects(generation) lists the tracked objects of one generation: survivors of collect(0)
# move to generation 1, of collect(1) to generation 2; untracked objects are in none.
# %%
import gc
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]
gc.collect()
a = [1]
d = {'k': 'v'}
print(where(a), where(d))
gc.collect(0)
print(where(a))
gc.collect(1)
print(where(a))
b = [a]
print(where(b), where(a))
# %%
gc.get_objects(3)
