# At exit, after the cells: the namespace goes, a full collection runs (if gc is enabled), then
# finalize_modules sets builtins._ to None (freeing the last echoed value) and collects once more,
# gc disabled or not.
import gc

class Loud:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Loud({self.n})"
    def __del__(self):
        print("finalized", self.n)

kept = Loud(1)
# %%
Loud(2)
# %%
gc.disable()
a = Loud(3)
a.self = a
del a
print("gc disabled, cycle left behind")
