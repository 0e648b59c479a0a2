# %% [markdown]
# Seed 003, "a. Actions that make the reference count drop" (In [12] to In [16]).
# Added: the first cell repeats the seed's class C (In [4]). Changed: `__del__` prints the repr's
# address-free part instead of `{self}` (whose repr holds the address).
# %%
class C:
    def __del__(self):
        print(f"<__main__.{type(self).__name__} object> is deleted")
        del self
    pass
# %%
l = C()
# %%
l = 2
# %%
def func():
    l = C()
# %%
func()
