# sys.getsizeof adds the 16-byte GC header (and 16 more for managed-dict instances) to __sizeof__().
# %%
import sys
class C:
    pass
for o in [[], (), {}, C(), 5, 'abc', 1.0]:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
