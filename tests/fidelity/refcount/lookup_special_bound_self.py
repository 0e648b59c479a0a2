# _PyObject_LookupSpecial binds the method it finds: format(), round(), sys.getsizeof(), dir(),
# complex(), __set_name__, a dict subclass's __missing__ and a metaclass's __instancecheck__ /
# __subclasscheck__ each call a bound method, which holds one more reference to the object.
# %%
import sys
class Probe:
    def __format__(self, spec):
        return "format %d" % sys.getrefcount(self)
    def __round__(self, n=None):
        return sys.getrefcount(self)
    def __sizeof__(self):
        return sys.getrefcount(self)
    def __dir__(self):
        return ["dir %d" % sys.getrefcount(self)]
    def __complex__(self):
        return complex(sys.getrefcount(self))
p = Probe()
print(f"{p}", f"{p:>3}", format(p), "{}".format(p))
print(round(p), round(p, 2))
print(sys.getsizeof(p) - sys.getsizeof(object()) + 16)
print(dir(p))
print(complex(p))
# %%
class Named:
    def __set_name__(self, owner, name):
        print("set_name", name, sys.getrefcount(self))
class Owner:
    attr = Named()
class Missing(dict):
    def __missing__(self, key):
        return sys.getrefcount(self)
m = Missing()
print(m["x"])
class Meta(type):
    def __instancecheck__(cls, inst):
        return sys.getrefcount(cls) > 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sys.getrefcount(cls) - sys.getrefcount(Plain))
        return True
class Plain(metaclass=Meta):
    pass
print(isinstance(1, Plain), isinstance(1, (str, Plain)), issubclass(int, Plain))
