# type's __annotations__ and __abstractmethods__ getsets (3.11 type_getsets): a class's annotations
# dict lives in its own namespace (made empty on first read), and __abstractmethods__ sets the flag
# that object.__new__ checks.
import abc

# %%
class Plain:
    pass
print("__annotations__" in Plain.__dict__)
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)

# %%
class Point:
    x: int
    y: float = 0.0
class Point3D(Point):
    z: float = 0.0
class Named(Point):
    pass
print(Point.__annotations__)
print(Point3D.__annotations__)
print(Named.__annotations__, Named.__annotations__ is Point.__annotations__)

# %%
Plain.__annotations__ = {"label": str}
print(Plain.__annotations__, Plain.__dict__["__annotations__"])
del Plain.__annotations__
print("__annotations__" in Plain.__dict__)

# %%
del Plain.__annotations__

# %%
int.__annotations__

# %%
list.__annotations__ = {}

# %%
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
print(Shape.__abstractmethods__, Plain in (Shape,), type(Shape.__abstractmethods__).__name__)

# %%
Plain.__abstractmethods__

# %%
type.__abstractmethods__

# %%
Plain.__abstractmethods__ = frozenset({"draw", "area"})
Plain()

# %%
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
print("__abstractmethods__" in Plain.__dict__)

# %%
del Plain.__abstractmethods__

# %%
int.__abstractmethods__ = frozenset()

# %%
print([n for n in dir(type) if n.startswith("__a")])
