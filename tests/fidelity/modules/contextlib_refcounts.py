# contextlib: refcounts of the object a @contextmanager yields, gc.get_count() deltas around with blocks
import sys
import gc
from contextlib import contextmanager, nullcontext, suppress

class Payload:
    pass

@contextmanager
def holding(obj):
    yield obj

p = Payload()
print(sys.getrefcount(p))
with holding(p) as q:
    print(sys.getrefcount(p))
    print(q is p)
print(sys.getrefcount(p))
del q
print(sys.getrefcount(p))

# %%
@contextmanager
def fresh():
    obj = Payload()
    yield obj

with fresh() as f:
    print(sys.getrefcount(f))
print(sys.getrefcount(f))

# %%
gc.collect()
before = gc.get_count()[0]
with holding(1):
    pass
print(gc.get_count()[0] - before)
before = gc.get_count()[0]
with nullcontext():
    pass
print(gc.get_count()[0] - before)
before = gc.get_count()[0]
with suppress(KeyError):
    pass
print(gc.get_count()[0] - before)
before = gc.get_count()[0]
with suppress(KeyError):
    {}[0]
print(gc.get_count()[0] - before)
print(gc.collect())
