# ABCMeta.register: the virtual subclass goes into _abc_impl's registry (a set of weak references)
# and bumps the global cache token, which invalidates every negative cache.
import abc, gc, sys, _abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

class Square(Shape):
    def area(self):
        return 4

class Blob:
    def area(self):
        return 1

def dump(cls):
    registry, cache, negative, version = _abc._get_dump(cls)
    return len(registry), len(cache), len(negative), version == abc.get_cache_token()

# %%
print(dump(Shape))
print(issubclass(Blob, Shape), dump(Shape))
token = abc.get_cache_token()
print(Shape.register(Blob) is Blob, abc.get_cache_token() - token)
print(dump(Shape))
print(issubclass(Blob, Shape), isinstance(Blob(), Shape), dump(Shape))
print(issubclass(int, Shape), issubclass(Square, Shape), dump(Shape))

# %%
# Registering again is a no-op (already a subclass); the token stays.
token = abc.get_cache_token()
print(Shape.register(Blob) is Blob, Shape.register(Square) is Square, abc.get_cache_token() - token)
try:
    Shape.register(3)
except TypeError as e:
    print('TypeError:', e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print('RuntimeError:', e)

# %%
# A user ABC with its own metaclass and a registered builtin type.
class Number(metaclass=abc.ABCMeta):
    pass

Number.register(int)
print(isinstance(3, Number), isinstance(True, Number), isinstance(2.5, Number))
print(dump(Number))
_abc._reset_caches(Number)
print(dump(Number))
_abc._reset_registry(Number)
print(dump(Number), isinstance(3, Number))
