# %% [markdown]
# Seed 003, "II. Memory Management and Pitfalls", "a. using standard reference" (In [23] to In [28]).
# Changed: `__del__` printed `{self}` and In [27] echoed `my_dict` (both reprs hold an address); `__del__`
# prints the address-free part, and In [27] echoes whether the dict's repr starts as the seed's did.
# %%
class A:
    def __del__(self):
        print(f"deleting <__main__.{type(self).__name__} object>")
        del self
# %%
my_dict = {}
a = A()
my_dict = {'a': a}
# %%
del a
# %%
repr(my_dict).startswith("{'a': <__main__.A object at 0x")
# %%
del my_dict['a']
