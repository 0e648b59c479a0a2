# Exceptions held in groups: references from the exceptions tuple, split parts and handlers.
import sys
import gc

leaf = ValueError("leaf")
print(sys.getrefcount(leaf))
eg = ExceptionGroup("holder", [leaf])
print(sys.getrefcount(leaf))
print(sys.getrefcount(eg.exceptions))
del eg
print(sys.getrefcount(leaf))
# %%
a, b = ValueError("a"), TypeError("b")
eg = ExceptionGroup("pair", [a, b])
m, r = eg.split(ValueError)
print(sys.getrefcount(a), sys.getrefcount(b))
del m, r
print(sys.getrefcount(a), sys.getrefcount(b))
print(sys.getsizeof(eg), sys.getsizeof(BaseExceptionGroup("b", [KeyboardInterrupt()])))
# %%
gc.collect()
def catch():
    try:
        raise ExceptionGroup("cycle", [ValueError(1)])
    except* ValueError as e:
        return_value = e
    return return_value

kept = catch()
print(type(kept).__name__, kept.exceptions)
del kept
print(gc.collect())
# %%
gc.collect()
class Node:
    pass

n = Node()
n.error = ExceptionGroup("in a cycle", [ValueError(n)])
n.self = n
print(sys.getrefcount(n))
del n
print(gc.collect())
# %%
leaf = KeyError("k")
try:
    raise ExceptionGroup("caught", [leaf])
except* KeyError as part:
    print(part.exceptions[0] is leaf, sys.getrefcount(leaf))
print(sys.getrefcount(leaf))
