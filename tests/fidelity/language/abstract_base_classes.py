# Abstract base classes: abstractmethod, ABC and ABCMeta; instantiating a class with abstract methods left
# raises TypeError naming them (sorted).
# %%
import abc
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class Square(Half):
    def perimeter(self):
        return 4
print(Square().describe(), type(Shape), type(Square).__name__, ABCMeta)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Shape.area.__isabstractmethod__)
print(isinstance(Square(), Shape), issubclass(Square, ABC), ABC.__slots__)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass
try:
    Meta()
except TypeError as e:
    print(e)
print(abc.ABC.__module__, abc.ABCMeta.__name__, ABC.__mro__)
import sys
print(sys.getsizeof(Square()))
