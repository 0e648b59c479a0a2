# classmethod receives the class (also when called on a subclass); staticmethod receives nothing.
# %%
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def area_of_square(side):
        return side * side

class Square(Shape):
    count = 0

s = Shape.create()
q = Square.create()
q2 = Square()
print(type(s).__name__, type(q).__name__, Shape.count, Square.count)
print(Shape.area_of_square(3), q.area_of_square(4))
