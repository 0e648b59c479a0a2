# List, tuple, dict and set operations add and drop references to their elements.
# %%
import sys
x = object()
base = sys.getrefcount(x)
lst = [x, x]
print(sys.getrefcount(x) - base)
lst.append(x)
print(sys.getrefcount(x) - base)
lst.remove(x)
print(sys.getrefcount(x) - base)
copy = lst.copy()
print(sys.getrefcount(x) - base)
lst.extend(copy)
print(sys.getrefcount(x) - base)
del lst, copy
print(sys.getrefcount(x) - base)
# %%
t = (x,) * 4
print(sys.getrefcount(x) - base)
del t
d = {"a": x, "b": x}
print(sys.getrefcount(x) - base)
d.pop("a")
print(sys.getrefcount(x) - base)
d.clear()
print(sys.getrefcount(x) - base)
# %%
key = "some key"
kb = sys.getrefcount(key)
d = {key: 1}
print(sys.getrefcount(key) - kb)
d[key] = 2
print(sys.getrefcount(key) - kb)
del d[key]
print(sys.getrefcount(key) - kb)
# %%
s = {x}
print(sys.getrefcount(x) - base)
s.add(x)
print(sys.getrefcount(x) - base)
s.discard(x)
print(sys.getrefcount(x) - base)
