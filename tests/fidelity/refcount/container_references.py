# Each slot of a container that holds the object adds one reference.
# %%
import sys
x = object()
print(sys.getrefcount(x))
lst = [x, x, x]
print(sys.getrefcount(x))
t = (x, x)
print(sys.getrefcount(x))
d = {'a': x, 'b': x}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
# %%
lst.pop()
print(sys.getrefcount(x))
lst.clear()
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
d['a'] = None
print(sys.getrefcount(x))
s.discard(x)
print(sys.getrefcount(x))
