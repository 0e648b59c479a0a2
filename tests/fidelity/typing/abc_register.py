# %%
import abc, sys
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape and any("area" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Sq:
    def area(self): return 4
print(isinstance(Sq(), Shape), issubclass(Sq, Shape), isinstance(1, Shape))
# %%
@Shape.register
class Circle:
    pass
print(Circle, isinstance(Circle(), Shape), issubclass(Circle, Shape))
print(sys.getrefcount(Circle))
# %%
class Tri(Shape):
    def area(self): return 1
print(isinstance(Tri(), Shape), Shape.register(Tri) is Tri)
Shape()
# %%
Shape.register(5)
# %%
issubclass(3, Shape)
# %%
class Base(abc.ABC): pass
class Sub(Base): pass
Sub.register(Base)
