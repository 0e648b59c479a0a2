# Instance attributes shadow class attributes; mutating a shared class-level list affects all.
# %%
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks)
# %%
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(a.__dict__)
del a.species
print(a.species)
# %%
Dog.species = "changed"
print(b.species)
print("species" in vars(Dog), "name" in vars(Dog))
# %%
try:
    del b.species
except AttributeError as e:
    print(e)
print(getattr(b, "missing", "default"))
setattr(b, "age", 3)
print(b.age, sorted(vars(b)))
