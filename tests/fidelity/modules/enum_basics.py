from enum import Enum, IntEnum, auto, unique, Flag
import sys
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
print(Color.__members__)
for c in Color:
    print(c.name, c.value, c is Color[c.name])
print(type(Color.RED), type(Color), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
# %%
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, sorted([N.B, N.A]), str(N.A), f"{N.B}", int(N.B))
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = "c"
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), Shape("c"))
# %%
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return self.mass / self.radius
    def describe(self):
        return f"{self.name} weighs {self.mass}"
print(Planet.EARTH.mass, Planet.EARTH.describe(), Planet.MERCURY.value, round(Planet.EARTH.density))
# %%
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), Perm(6), bool(Perm(0)))
# %%
r = Color.RED
print(sys.getrefcount(r) > 2, Color.RED.__class__.__name__)
# %%
Color(7)
# %%
Color["PURPLE"]
# %%
Color.RED = 5
# %%
@unique
class Dup(Enum):
    A = 1
    B = 1
# %%
Color.RED.name = "x"
