# Lambda defaults capture the object at definition time; the body looks names up at call time.
# %%
import sys
obj = [1, 2, 3]
base = sys.getrefcount(obj)
f = lambda x=obj: x
print(sys.getrefcount(obj) - base)
obj = "rebound"
print(f())
del f
# %%
n = 1
g = lambda: n
h = lambda n=n: n
n = 2
print(g(), h())
# %%
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
print(funcs[0].__name__, funcs[0].__defaults__)
