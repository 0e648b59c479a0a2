# A dict of atoms is untracked, so the collector does not count it even when a cycle holds it.
# %%
import gc
gc.collect()
holder = [{'a': 1, 'b': 'two'}]
holder.append(holder)
print(gc.is_tracked(holder[0]))
del holder
print(gc.collect())
