# A freed list goes to the list free list (no decrement); the next list comes from it (no increment).
# An instance has no free list: allocating it adds one, freeing it subtracts one.
# %%
import gc
class C:
    pass
gc.collect()
c0 = gc.get_count()[0]
x = [1]
c1 = gc.get_count()[0]
del x
c2 = gc.get_count()[0]
y = [2]
c3 = gc.get_count()[0]
z = C()
c4 = gc.get_count()[0]
del z
c5 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4)
