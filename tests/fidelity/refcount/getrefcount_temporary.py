# Temporaries only referenced by the argument itself read 1.
# %%
import sys
print(sys.getrefcount([]))
print(sys.getrefcount(object()))
print(sys.getrefcount([1] + [2]))
print(sys.getrefcount({'k': []}))
# %%
class C:
    pass

print(sys.getrefcount(C()))
sys.getrefcount(C())
