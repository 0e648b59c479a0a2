# Built-in subclass instances: __del__, ctypes refcounts, gc.get_referents, split __dict__ sizes, list growth.
import gc, sys, ctypes
class ML(list):
    def __del__(self):
        print("del", len(self))
a = ML([1, 2])
print(ctypes.c_long.from_address(id(a)).value, sys.getrefcount(a))
b = a
print(ctypes.c_long.from_address(id(a)).value)
del a, b
c = ML(); c.append(c)
del c
print(gc.collect())
# %%
class L(list): pass
x = L([1, 'a'])
x.tag = 't'
r = gc.get_referents(x)
print(len(r), L in r, 1 in r, 'a' in r, sorted(map(str, r)))
print(sorted(vars(x).items()), sys.getsizeof(x.__dict__), 'tag' in dir(x), 'append' in dir(x))
sizes = []
for i in range(10):
    x.append(i)
    sizes.append(sys.getsizeof(x))
print(sizes)
# %%
import copy
y = copy.copy(L([1, 2]))
print(type(y), y)
z = copy.deepcopy(L([[1], 2]))
print(type(z), z)
class DD(dict): pass
print(type(copy.copy(DD(a=1))), copy.deepcopy(DD(a=[1])))
