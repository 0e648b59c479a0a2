# __slots__ classes have no __dict__ and reject unknown attributes.
# %%
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), Point.__slots__)
p.x = 10
print(p.x)
# %%
p.z = 3
# %%
q = Point.__new__(Point)
q.y
