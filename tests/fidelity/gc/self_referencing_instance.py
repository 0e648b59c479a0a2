# An instance whose attribute refers to itself (attributes live in the instance's values, no dict object).
# %%
import gc
class Me:
    pass
gc.collect()
m = Me()
m.me = m
del m
print(gc.collect())
