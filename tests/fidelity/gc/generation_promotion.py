# Survivors of a collection move to the next older generation.
# %%
import gc
class Tracked:
    pass
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]
gc.collect()
x = Tracked()
print(where(x))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
gc.collect(0)
print(where(x))
y = Tracked()
gc.collect(1)
print(where(y), where(x))
