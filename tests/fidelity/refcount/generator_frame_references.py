# A suspended generator keeps its locals alive until it finishes or is dropped.
# %%
import sys
item = [1]

def gen():
    held = item
    yield 1
    yield 2

g = gen()
print(sys.getrefcount(item))
next(g)
print(sys.getrefcount(item))
print(list(g))
print(sys.getrefcount(item))
# %%
g2 = gen()
next(g2)
print(sys.getrefcount(item))
del g2
print(sys.getrefcount(item))
