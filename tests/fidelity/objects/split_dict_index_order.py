# An instance's __dict__ (a split dict sharing its class's keys) iterates in insertion order, but
# its traverse, its deallocation and clear() walk the values in the shared keys' order.
import gc

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

class Box:
    pass

template = Box()
template.x = 0
template.y = 0
b = Box()
b.y = Loud("y")
b.x = Loud("x")
d = b.__dict__
print(list(d))
print([o.name for o in gc.get_referents(d)])
# %%
del d, b
# %%
c = Box()
c.y = Loud("cy")
c.x = Loud("cx")
c.__dict__.clear()
print(c.__dict__)
# %%
e = Box()
e.z = Loud("ez")
e.y = Loud("ey")
e.x = Loud("ex")
print([o.name for o in gc.get_referents(e)[:3]])
del e.y
print([o.name for o in gc.get_referents(e)[:2]])
e.y = Loud("ey2")
print([o.name for o in gc.get_referents(e)[:3]])
print(list(vars(e)), [o.name for o in gc.get_referents(vars(e))])
del e
