# Every class statement registers the new class in its bases' __subclasses__ registry: a weakref
# (a GC object) per base, plus the registry dict itself the first time a user class gets a subclass.
# %%
import gc
import weakref
class Warmup:
    pass
# %%
gc.collect()
gc.disable()
class Animal:
    pass
counts = []
counts.append(gc.get_count()[0])
class Dog(Animal):
    pass
counts.append(gc.get_count()[0])
class Cat(Animal):
    pass
counts.append(gc.get_count()[0])
class Kitten(Cat):
    pass
counts.append(gc.get_count()[0])
print([b - a for a, b in zip(counts, counts[1:])])
# %%
print(weakref.getweakrefcount(Dog), weakref.ref(Dog) is weakref.getweakrefs(Dog)[0])
print([c.__name__ for c in Animal.__subclasses__()])
del Kitten, Cat
print(gc.collect(), [c.__name__ for c in Animal.__subclasses__()])
gc.enable()
