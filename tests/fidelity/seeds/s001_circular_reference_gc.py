# %% [markdown]
# Seed 001 "Garbage Collection" (In [8] to In [28]).
# Changed: the constructors printed `hex(id(...))` (raw addresses); they now print whether B's `a`
# is A's `self` (and their type names), the relation the seed's repeated addresses showed.
# %%
import ctypes
import gc

def true_ref_count(address: int):
    return ctypes.c_long.from_address(address).value

def object_exists(address: int):
    for obj in gc.get_objects():
        if id(obj) == address:
            return True
    
    return False
# %%
class A:
    def __init__(self):
        self.b = B(self)
        
        print(f"A - self: {type(self).__name__}\n b.a is self: {self.b.a is self}")
# %%
class B:
    def __init__(self, a):
        self.a = a
        
        print(f"B - self: {type(self).__name__}\n a: {type(self.a).__name__}")
# %%
gc.disable()
# %%
my_var = A()
# %%
a_id = id(my_var)
b_id = id(my_var.b)
# %%
true_ref_count(a_id)
# %%
true_ref_count(b_id)
# %%
object_exists(a_id)
# %%
object_exists(b_id)
# %%
my_var = None
# %%
true_ref_count(a_id)
# %%
true_ref_count(b_id)
