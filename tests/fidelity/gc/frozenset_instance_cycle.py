# A frozenset holding an instance that refers to the frozenset.
# %%
import gc
class Member:
    pass
gc.collect()
m = Member()
m.group = frozenset([m])
print(gc.is_tracked(m.group))
del m
print(gc.collect())
