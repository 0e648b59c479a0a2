# Two dicts holding each other are tracked (they contain a dict) and collected together.
# %%
import gc
gc.collect()
d1 = {}
d2 = {}
print(gc.is_tracked(d1))
d1['d2'] = d2
d2['d1'] = d1
print(gc.is_tracked(d1), gc.is_tracked(d2))
del d1, d2
print(gc.collect())
