# Class attributes are referenced by the class; instances do not add references to them.
# %%
import sys
shared = [1]

class C:
    attr = shared

print(sys.getrefcount(shared))
instances = [C() for _ in range(3)]
print(sys.getrefcount(shared))
print(instances[0].attr is shared)
C.attr = None
print(sys.getrefcount(shared))
