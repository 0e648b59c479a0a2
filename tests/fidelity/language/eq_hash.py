# __eq__ without __hash__ makes instances unhashable; __eq__ and __hash__ together make dict keys work.
# %%
class Plain:
    pass
a, b = Plain(), Plain()
print(a == b, a == a, a != b)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p, q = Point(1, 2), Point(1, 2)
print(p == q, p is q, p != q, len({p, q}), {p: 'a'}[q], hash(p) == hash(q))
# %%
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
{NoHash(): 1}
