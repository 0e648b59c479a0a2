# Frees only decrement generation 0's count while it is above zero.
# %%
import gc
class C:
    pass
objs = [C() for _ in range(50)]
gc.collect()
after_collect = gc.get_count()
del objs
after_free = gc.get_count()
print(after_collect, after_free)
