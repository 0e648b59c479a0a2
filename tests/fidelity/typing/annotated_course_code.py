# %%
import gc, sys
from typing import Optional, List
class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next
def build(values: List[int]) -> Optional[Node]:
    head: Optional[Node] = None
    for v in reversed(values):
        head = Node(v, head)
    return head
h = build([1, 2, 3])
print(h.value, h.next.value, build.__annotations__, Node.__init__.__annotations__)
# %%
a = Node(1)
b = Node(2, a)
a.next = b
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print(gc.collect())
# %%
def total(xs: list[int] | tuple[int, ...]) -> int:
    return sum(xs)
print(total([1, 2]), total((3,)), total.__annotations__['xs'], type(total.__annotations__['xs']))
print(sys.getrefcount(total.__annotations__['xs']))
# %%
from collections.abc import Iterable, Sequence
def flatten(items: Iterable) -> list:
    out = []
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, (3, 4)], "ab", {5}]))
print(isinstance(range(3), Sequence), isinstance({}, Sequence), isinstance("x", Iterable))
