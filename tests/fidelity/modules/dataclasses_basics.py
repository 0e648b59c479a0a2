from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar
import sys
# %%
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(2), p != Point(1, 0, ["a"]))
print(asdict(p), astuple(p), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__doc__, Point.__match_args__, Point.__dataclass_params__)
print(fields(p)[2].name, fields(p)[2].default_factory, fields(p)[2].metadata)
print(replace(p, y=5), p.__eq__(3), Point.__hash__)
# %%
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)
vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
print(hash(Version(1, 2)) == hash((1, 2)), {Version(1), Version(1)})
# %%
Version(1).major = 3
# %%
del Version(1).minor
# %%
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    secret: InitVar[str] = "pw"
    def __post_init__(self, secret):
        self.masked = "*" * len(secret)
a = Account("ann", 10.5, secret="abcd")
b = Account("bob")
print(a, b, a.masked, b.masked, [f.name for f in fields(a)])
a.history.append(1)
print(a.history, b.history, a.history is b.history)
# %%
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(sys.getrefcount(n) , len(n.children))
# %%
@dataclass(eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), Plain(1).__repr__())
@dataclass(repr=False, slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(Slotted.__slots__, s.a, s.b, hasattr(s, "__dict__"), type(s).__name__)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3), Opts.__doc__)
# %%
Point()
# %%
@dataclass
class Bad:
    items: list = []
# %%
@dataclass
class Bad2:
    a: int = 1
    b: int
# %%
asdict(3)
