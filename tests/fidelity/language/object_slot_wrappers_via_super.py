# object's own slot wrappers (__setattr__, __delattr__, __getattribute__, __str__) reached through
# super() and object.X(self, ...) in classes that customize attribute access.
# %%
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return super().__getattribute__(name)
g = Guard()
g.x = 1
print(g.x)
del g.x
try:
    g.secret
except AttributeError as e:
    print(e)
try:
    g.x
except AttributeError as e:
    print(e)
# %%
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.a)
try:
    f.a = 4
except AttributeError as e:
    print(e)
# %%
class Base:
    def __str__(self):
        return f"Base({super().__str__()[:9]})"
class Child(Base):
    def __str__(self):
        return "Child/" + super().__str__()
print(Child())
print(super(Child, Child()).__str__()[:5])
