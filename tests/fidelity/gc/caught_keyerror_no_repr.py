# A caught KeyError does not repr its key: the thread-state dict and "Py_Repr" list that a
# container's repr creates appear only at the first such repr (two gc allocations, visible in the
# counts). ctypes' import raises and catches KeyErrors with tuple keys (its CFUNCTYPE cache).
import gc
d = {}
try:
    d[(1, 2)]
except KeyError:
    pass
gc.collect()
print(gc.get_count())
# %%
print(gc.get_count())
# %%
print([1, 2])
print(gc.get_count())
# %%
try:
    d[(3, 4)]
except KeyError as e:
    print(repr(e), e.args)
print(gc.get_count())
