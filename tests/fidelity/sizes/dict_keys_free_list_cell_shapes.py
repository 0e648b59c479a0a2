# The keys free list after cells of different shapes (a class, comprehensions, closures, a
# genexpr, try/except): each compile frees its small tables of identifiers to it.
# %%
import sys
g = sys.getallocatedblocks
def per_dict(n):
    out = []
    keep = []
    for i in range(n):
        b = g()
        keep.append({'k': i})
        out.append(g() - b)
    return out
# %%
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(per_dict(12))
# %%
squares = [x * x for x in range(10)]
evens = {x for x in squares if x % 2 == 0}
lookup = {str(k): v for k, v in enumerate(squares)}
print(per_dict(12))
# %%
def outer(a, b=2, *args, **kw):
    total = a + b
    def inner(c):
        nonlocal total
        total += c
        return total
    return inner
f = outer(1)
print(f(3), per_dict(12))
# %%
import math
values = [1.5, 2.5, 3.5]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / len(values)
print(f"{mean:.2f} {math.sqrt(var):.3f}", per_dict(12))
# %%
try:
    x = {"a": 1}["b"]
except KeyError as e:
    msg = str(e)
print(msg, per_dict(12))
# %%
for name, val in [("alpha", 1), ("beta", 2), ("gamma", 3), ("delta", 4), ("epsilon", 5), ("zeta", 6)]:
    globals()[name] = val
print(per_dict(12))
