# A weak reference does not keep its referent's memory: once the referent dies, the next object of
# the same size takes its block, while the dead ref keeps answering None.
# %%
import weakref

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
old_id = id(p)
r = weakref.ref(p)
print(r() is p, weakref.getweakrefcount(p))
del p
q = Point(3, 4)
print(r() is None, id(q) == old_id, weakref.getweakrefcount(q))
