# classmethod receives the class (also for subclasses); staticmethod receives nothing implicit.
# %%
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def describe(x):
        return f"shape {x}"
class Square(Shape):
    pass
s = Square.create()
print(type(s).__name__, Square.count, Shape.count)
print(Shape.describe(1), s.describe(2))
# %%
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["describe"]).__name__)
print(Shape.create.__self__ is Shape, Square.create.__self__ is Square)
m = s.describe
print(m(3))
# %%
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
    @classmethod
    def total(cls):
        return len(cls.instances)
Counter(); Counter()
print(Counter.total())
