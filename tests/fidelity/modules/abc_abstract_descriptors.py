# abc: abstract classmethod/staticmethod/property (their __isabstractmethod__) and the instantiation messages
from abc import ABC, abstractmethod
class One(ABC):
    @abstractmethod
    def a(self): ...
class Two(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
for cls in (One, Two):
    try:
        cls()
    except TypeError as e:
        print(e)
class Partial(Two):
    def a(self): return 1
try:
    Partial()
except TypeError as e:
    print(e)
print(sorted(Partial.__abstractmethods__), Partial.__abstractmethods__.__class__.__name__)
class Full(Partial):
    def b(self): return 2
print(Full().a() + Full().b(), isinstance(Full(), One), issubclass(Full, Two))
# %%
import abc
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
Base()
# %%
class B(ABC):
    @property
    @abstractmethod
    def name(self): ...
print(B.__abstractmethods__, type(B.__dict__['name']).__name__, B.__dict__['name'].__isabstractmethod__)
print(staticmethod(len).__isabstractmethod__, classmethod(abstractmethod(lambda c: 1)).__isabstractmethod__, property().__isabstractmethod__)
B()
