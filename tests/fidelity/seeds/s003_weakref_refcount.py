# %% [markdown]
# Seed 003, "b. Reference count with weak ref" (In [18] to In [21]).
# Added: the first cell repeats the seed's imports and class C. Changed: `__del__` prints the repr's
# address-free part instead of `{self}`.
# %%
import sys

class C:
    def __del__(self):
        print(f"<__main__.{type(self).__name__} object> is deleted")
        del self
    pass
# %%
import weakref
# %%
c = C()
sys.getrefcount(c)
# %%
d = weakref.ref(c)
sys.getrefcount(c)
# %%
del c # ref is not increased
