# from __future__ import annotations: annotations kept as source text, future statement errors.
from __future__ import annotations
def f(x: Undefined) -> int:
    return 1
print(f.__annotations__)
# %%
"""doc"""
from __future__ import annotations, division
print("ok")
# %%
import __future__
print(__future__.annotations)
# %%
from __future__ import annotations
import dataclasses
@dataclasses.dataclass
class Node:
    value: int
    next: Node | None = None
    items: list[dict[str, tuple[int, ...]]] = dataclasses.field(default_factory=list)
print(Node.__annotations__)
def f(a: "x", *args: int, b: lambda x: x + 1 = 2, **kw: dict[str, 'int']) -> -1.5e300 * 2:
    pass
print(f.__annotations__)
x: 1 + 2 * (3 - 4) ** -5 if a else b
y: f"{a!r:>{w}} {{x}}"
print(__annotations__)
print(f.__code__.co_flags)
# %%
def g():
    from __future__ import annotations
# %%
import os; from __future__ import annotations
