# %% [markdown]
# Seed 000 "Memory Management", section "Circular Reference".
# The seed's two blocks are pseudo-code (`objectA`, `ObjectB`, `objectB` are never defined).
# Changed: a first cell defines them (the seed spells ObjectB and objectB; both name the same object)
# so the blocks run as written; the last two cells (added) show the cycle's refcounts and its collection.
# %%
import gc
import sys

class Obj:
    pass

objectA = Obj()
ObjectB = objectB = Obj()
# %%
my_var = objectA
objectA.var1 = ObjectB
# %%
my_var = objectA
objectA.var1 = ObjectB
objectB.var1 = objectA
# %%
gc.collect()
print(sys.getrefcount(objectA), sys.getrefcount(objectB))
del my_var, objectA, ObjectB, objectB
print(gc.collect())
