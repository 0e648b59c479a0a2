# dict.copy() of an instance's split __dict__ stays split (PyDict_Copy shares the keys and copies
# the values array): same getsizeof as the original, also through dict | {} and copy.copy; the
# copy is a fresh object (not the dict free list's) and tracked only when the original is.
# %%
import sys, copy, gc
class O:
    def __init__(self): self.a = 1; self.b = 2
o = O()
v = vars(o)
print(sys.getsizeof(v), sys.getsizeof(v.copy()), sys.getsizeof(v | {}), sys.getsizeof(v | {'z': 1}), sys.getsizeof(copy.copy(v)))
print(sys.getsizeof(dict(v)), sys.getsizeof({**v}))
# %%
class P:
    def __init__(self, n):
        for i in range(n): setattr(self, 'a%d' % i, i)
for n in (1, 3, 5, 8, 12):
    p = P(n)
    print(n, sys.getsizeof(p.__dict__), sys.getsizeof(p.__dict__.copy()))
# %%
c = v.copy()
c['a'] = 5
c['zz'] = 1
print(sys.getsizeof(c), c, v)
c2 = v.copy()
del c2['a']
print(sys.getsizeof(c2), c2, list(v.copy()))
o.b = []
o.c = 3
print(gc.is_tracked(v), gc.is_tracked(v.copy()), gc.is_tracked(O().__dict__.copy()), v.copy())
print(sys.getrefcount(o.b))
# %%
x = {}
ix = id(x)
del x
cp = v.copy()
y = {}
print(id(cp) == ix, id(y) == ix)
