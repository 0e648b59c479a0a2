# %% [markdown]
# Seed 003, "b. using weak references" (In [30] to In [33]).
# Added: the first cell repeats the seed's imports and class A. Changed: `__del__` prints the repr's
# address-free part, and In [33] (which echoed `<weakref at 0x...; dead>`) echoes the repr's
# address-free parts and what the dead weakref returns.
# %%
import weakref

class A:
    def __del__(self):
        print(f"deleting <__main__.{type(self).__name__} object>")
        del self
# %%
my_dict = {}
k = A()
# %%
my_dict = {'k': weakref.ref(k)}
# %%
del k
# %%
repr(my_dict['k']).startswith('<weakref at 0x'), repr(my_dict['k']).endswith('; dead>'), my_dict['k']()
