# %%
import gc
before = gc.get_count()
import typing
from typing import List, Optional, Union, Dict, Any, TypeVar, Generic, Callable
print(gc.get_count() == before)
# %%
Optional[int, str]
# %%
Union[()]
# %%
List[int, str]
# %%
Any()
# %%
T = TypeVar('T')
class Box(Generic[T]):
    pass
Box[int, str]
# %%
print(type(Generic()).__name__)
# %%
print(Union[int], Union[int, int, str], Union[int, Union[str, bytes]], Optional[None])
print(Optional[int].__args__, List[int].__origin__, Dict[str, int].__args__, Callable[[int], str].__args__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | None))
# %%
import sys
class Node:
    pass
print(sys.getrefcount(Node))
def walk(n: Node, seen: Optional[List[Node]] = None) -> List[Node]:
    return [n]
print(sys.getrefcount(Node))
print(walk.__annotations__)
del walk
print(sys.getrefcount(Node))
# %%
S = TypeVar('S', int, str)
B = TypeVar('B', bound=float)
print(S, B, S.__constraints__, B.__bound__, typing.Sequence[S], typing.Mapping[S, B][int, float])
@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), typing.TYPE_CHECKING, typing.cast(List[int], "x"))
g.__wrapped__ if hasattr(g, "__wrapped__") else print("no wrapped")
