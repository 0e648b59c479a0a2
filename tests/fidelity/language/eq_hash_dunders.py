# Defining __eq__ without __hash__ makes instances unhashable; __hash__ must agree with __eq__.
# %%
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) != P(2), P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print(e)
# %%
class H(P):
    def __hash__(self):
        return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s))
# %%
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
# %%
class Str:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Str({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
x = Str("hi")
print(x)
print(repr(x))
print([x])
print(f"{x} {x!r}")
x
# %%
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), OnlyRepr())
