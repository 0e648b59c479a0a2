# Dicts start untracked, become tracked when given a container, and are untracked again only by a full collection.
# %%
import gc
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked({1: tuple([1, 2])}))
gc.collect()
d = {'value': []}
steps = [gc.is_tracked(d)]
d['value'] = 1
steps.append(gc.is_tracked(d))
gc.collect(0)
steps.append(gc.is_tracked(d))
gc.collect(1)
steps.append(gc.is_tracked(d))
gc.collect(2)
steps.append(gc.is_tracked(d))
print(steps)
