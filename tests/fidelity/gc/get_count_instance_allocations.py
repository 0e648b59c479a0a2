# Every GC-type allocation adds one to generation 0's count; frees subtract one.
# %%
import gc
class C:
    pass
gc.collect()
start = gc.get_count()[0]
objs = []
for _ in range(100):
    objs.append(C())
grown = gc.get_count()[0]
del objs
shrunk = gc.get_count()[0]
print(grown - start, shrunk - grown)
