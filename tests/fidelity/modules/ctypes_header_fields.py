# Reading ob_type and ob_size from an object's header with ctypes.
# %%
import ctypes

def ob_type(obj):
    return ctypes.c_void_p.from_address(id(obj) + 8).value

def ob_size(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 16).value

samples = [[], [1, 2], (1, 2, 3), {'a': 1}, {1, 2}, 'abc', b'xy', 3.25, 10**30, None, True, len, object(), range(3)]
for s in samples:
    print(type(s).__name__, ob_type(s) == id(type(s)))
# %%
grow = []
for i in range(5):
    grow.append(i)
    print(len(grow), ob_size(grow), ob_size(grow) == len(grow))
print(ob_size((1, 2, 3, 4)), ob_size(()))
print(ob_size(2**100), ob_size(-(2**100)), ob_size(7))
print(ob_type(list) == id(type), ob_type(type) == id(type))
