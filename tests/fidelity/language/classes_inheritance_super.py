# Inheritance, overriding, super() and isinstance.
# %%
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} is a {self.kind}: {self.speak()}'

class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def speak(self):
        return super().speak() + ' (woof)'

d = Dog('Rex', ['sit'])
print(d.describe())
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__bases__)
print(Dog.__mro__)
print(d.__dict__, Animal.kind, Dog.kind)
