# Arithmetic, comparison, container and call dunders, reflected and in-place operators.
# %%
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f'V{tuple(self.c)}'
    def __add__(self, other):
        return V(*[a + b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self
    def __neg__(self):
        return self * -1
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __lt__(self, other):
        return sum(self.c) < sum(other.c)
    def __bool__(self):
        return any(self.c)
    def __call__(self, scale):
        return self * scale

v, w = V(1, 2), V(3, 4)
print(v + w, v * 2, 3 * v, -v, len(v), v[1], 2 in v, v < w, w < v, bool(V(0, 0)), v(10))
u = v
v += w
print(v, u is v, sorted([w, v, V(0, 0)]), max(v, w))
print(list(v), v[-1], v[::-1])
