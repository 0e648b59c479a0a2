# After `import ctypes` and a full collection, the counts of later cells are what they are without
# ctypes (its import leaves no early repr state behind).
import gc, ctypes, sys
# %%
gc.collect()
print(gc.get_count())
# %%
x = [1, 2]
print(gc.get_count())
# %%
print(ctypes.c_long.from_address(id(x)).value)
print(gc.get_count())
# %%
v = ctypes.c_long.from_address(id(x))
print(v.value, gc.get_count())
del v
print(gc.get_count())
# %%
for i in range(3):
    r = ctypes.c_long.from_address(id(x)).value
print(r, sys.getrefcount(x), gc.get_count())
