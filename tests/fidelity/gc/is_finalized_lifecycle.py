# gc.is_finalized turns True once __del__ has run, whether the collector or a refcount drop (in a
# resurrecting __del__) ran it; objects without __del__ are never finalized.
# %%
import gc
keep = []
class R:
    def __del__(self):
        keep.append(self)
class Plain:
    pass
r = R()
p = Plain()
print(gc.is_finalized(r), gc.is_finalized(p))
del r
print(len(keep), gc.is_finalized(keep[0]))
c = R()
c.me = c
del c
gc.collect()
print(len(keep), gc.is_finalized(keep[1]))
q = Plain()
q.me = q
print(gc.is_finalized(q), gc.is_finalized(1))
