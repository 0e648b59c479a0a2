# Tuples are tracked when created and untracked by a collection if they only hold atoms or untracked objects.
# %%
import gc
gc.collect()
atoms = tuple([1, 2])
nested = tuple([atoms, 'x'])
holds_list = tuple([[1], 2])
before = [gc.is_tracked(t) for t in (atoms, nested, holds_list)]
gc.collect(0)
after = [gc.is_tracked(t) for t in (atoms, nested, holds_list)]
print(before, after, gc.is_tracked(()))
