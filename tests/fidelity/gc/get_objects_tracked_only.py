# gc.get_objects lists tracked objects only.
# %%
import gc
class C:
    pass
gc.collect()
c = C()
lst = [1]
d = {}
n = 10 ** 20
objs = gc.get_objects()
print(any(o is c for o in objs), any(o is lst for o in objs), any(o is d for o in objs), any(o is n for o in objs))
print(any(o is objs for o in gc.get_objects()))
