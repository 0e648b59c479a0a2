# %% [markdown]
# Seed 000 "Memory Management", section "Garbage Collector (GC)".
# Changed: the constructors printed `hex(id(...))` (raw addresses); they now print type names and whether
# B's `a` is A's `self` (what the seed's two printed lines showed by repeating one address).
# The last two prints read freed memory (the seed says "<random number>"); they now print the type of the value.
# %%
import ctypes
import gc

def ref_count(address):
    return ctypes.c_long.from_address(address).value

def object_by_id(object_id):
    for obj in gc.get_objects():
        if id(obj) == object_id:
            return "object exists"
    return "Not found"

class A:
    def __init__(self):
        self.b = B(self)
        print(f'A: self: {type(self).__name__}, b: {type(self.b).__name__}, b.a is self: {self.b.a is self}')

class B:
    def __init__(self, a):
        self.a = a
        print(f'B: self: {type(self).__name__}, a: {type(self.a).__name__}')

gc.disable()
my_var = A()
# B: self: 0x10efc10d0, a: 0x10f03da00
# A: self: 0x10f03da00, b: 0x10efc10d0
a_id = id(my_var)
b_id = id(my_var.b)
print(ref_count(a_id))  # 2
print(ref_count(b_id))  # 1
print(object_by_id(a_id))  # object exists
print(object_by_id(b_id))  # object exists
my_var = None
print(ref_count(a_id))  # 1
print(ref_count(b_id))  # 1
print(object_by_id(a_id))  # object exists
print(object_by_id(b_id))  # object exists
gc.collect()
print(object_by_id(a_id))  # not found
print(object_by_id(b_id))  # not found
print(type(ref_count(a_id)).__name__)  # <random number>
print(type(ref_count(b_id)).__name__)  # <random number>
