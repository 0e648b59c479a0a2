# Non-cyclic garbage is freed by refcounting at once, so collect() finds nothing.
# %%
import gc
class Item:
    pass
gc.collect()
for i in range(1000):
    tmp = [Item(), {'k': Item()}, (Item(),)]
del tmp
print(gc.collect())
