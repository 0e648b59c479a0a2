# gc.is_finalized becomes True once __del__ has run (by the collector or otherwise).
# %%
import gc
class WithDel:
    def __del__(self):
        pass
class NoDel:
    pass
w = WithDel()
print(gc.is_finalized(w), gc.is_finalized(NoDel()), gc.is_finalized(5))
w.__del__()
print(gc.is_finalized(w))
# %%
survivors = []
class Keeper:
    def __del__(self):
        survivors.append(self)
gc.collect()
k = Keeper()
k.me = k
other = NoDel()
other.me = other
del k
gc.collect()
print(gc.is_finalized(survivors[0]), gc.is_finalized(other))
