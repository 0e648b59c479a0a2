# Sets cannot hold lists, but a set holding an instance that refers back to the set is a cycle.
# %%
import gc
class Member:
    pass
gc.collect()
s = set()
m = Member()
m.owner = s
s.add(m)
del s, m
print(gc.collect())
