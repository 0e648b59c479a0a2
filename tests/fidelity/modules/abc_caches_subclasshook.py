# ABCMeta's positive and negative caches (Modules/_abc.c): __subclasshook__ runs only on a cache
# miss, and each cached class costs a weak reference with a _destroy callback in a lazily made set.
import abc, gc, sys

def counts():
    c = {}
    for o in gc.get_objects():
        name = type(o).__name__
        if name in ('ReferenceType', 'builtin_function_or_method', 'set'):
            c[name] = c.get(name, 0) + 1
    return c

def delta(a, b):
    return {k: b.get(k, 0) - a.get(k, 0) for k in sorted(set(a) | set(b)) if b.get(k, 0) != a.get(k, 0)}

calls = []

class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is Drawable and any('draw' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Circle:
    def draw(self):
        return 'o'

class Square:
    pass

# %%
before = counts()
print(isinstance(Circle(), Drawable), isinstance(Circle(), Drawable))
print(issubclass(Square, Drawable), issubclass(Square, Drawable))
print(calls)
print(delta(before, counts()))

# %%
# A subclass of the ABC: found through the MRO once, then from the cache.
class Sprite(Drawable):
    pass

calls.clear()
before = counts()
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), issubclass(Sprite, Drawable))
print(calls, delta(before, counts()))

# %%
# The cached class dies: its weak reference's callback takes it out of the set.
class Temp:
    def draw(self):
        pass

print(issubclass(Temp, Drawable))
before = counts()
del Temp
gc.collect()
print(delta(before, counts()))
print(type(Drawable._abc_impl).__name__, sys.getsizeof(Drawable._abc_impl), gc.is_tracked(Drawable._abc_impl))
