# Class-related errors.
# %%
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...

Shape()
# %%
class Square(Shape):
    def area(self):
        return 1

Square()
# %%
class NoSelf:
    def method():
        return 1

NoSelf().method()
# %%
class BadInit:
    def __init__(self):
        return 5

BadInit()
# %%
class B(bool):
    pass
# %%
class X(1):
    pass
# %%
class A: pass
class Bb(A, A): pass
# %%
class O1: pass
class O2(O1): pass
class O3(O1, O2): pass
# %%
class S(str):
    def __init__(self, v):
        super().__init__(v)
    def up(self):
        return super(int, self).upper()

S("a").up()
# %%
def not_method():
    super().x

not_method()
# %%
class Slots:
    __slots__ = ("a", "a")
# %%
class Slots2:
    __slots__ = ("x",)
    x = 1
# %%
class P:
    def __len__(self):
        return -1

len(P())
# %%
class Q:
    def __len__(self):
        return "3"

len(Q())
# %%
class R:
    def __hash__(self):
        return "h"

hash(R())
# %%
class Str:
    def __str__(self):
        return 5

str(Str())
# %%
class Rep:
    def __repr__(self):
        return None

repr(Rep())
# %%
class Bo:
    def __bool__(self):
        return 1

bool(Bo())
# %%
class It:
    def __index__(self):
        return 1.5

[1, 2][It()]
# %%
class Ne:
    def __eq__(self, other):
        raise TypeError("no eq")

[Ne()].index(1)
# %%
import math
class Inst:
    def __init__(self):
        self.value = 1

Inst.value
# %%
Inst.__init__()
# %%
object.__new__(int)
# %%
int.__new__(str)
# %%
type("X", (), {}, 1)
# %%
type(1, 2, 3)
# %%
class Meta(type):
    pass
class M1(metaclass=Meta): pass
class M2(metaclass=type): pass
print("fine")
# %%
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")

Frozen().x = 1
# %%
from dataclasses import dataclass
@dataclass(frozen=True)
class Pt:
    x: int

Pt(1).x = 3
