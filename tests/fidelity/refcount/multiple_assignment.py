# Chained and unpacking assignments each add one reference per target.
# %%
import sys
obj = [42]
a = b = c = obj
print(sys.getrefcount(obj))
x, y = obj, obj
print(sys.getrefcount(obj))
del a, b, c
print(sys.getrefcount(obj))
first, *rest = [obj, obj, obj]
print(sys.getrefcount(obj), len(rest))
