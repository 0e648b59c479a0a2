# Once an instance's __dict__ has been materialized, the cycle has two objects: the instance and its dict.
# %%
import gc
class Me:
    pass
gc.collect()
m = Me()
m.__dict__
m.me = m
del m
print(gc.collect())
