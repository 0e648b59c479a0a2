# %%
from typing import List, Dict, Optional, Union, Any, Tuple, Set, FrozenSet, Callable, Iterable, Iterator, Generator, Sequence, Mapping, TypeVar, Generic, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, get_type_hints
import typing
print(List[int], Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Dict[str, List[int]])
print(List, Any, Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Iterable[str], Generator[int, None, None])
T = TypeVar('T')
print(T, List[T], List[T][int], TYPE_CHECKING, cast(int, "x"))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int]()
s.push(1)
print(Stack[int], s.items, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: float = 0.0
p = P(1)
print(p, p._fields, P.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m))
def f(a: List[int], b: Optional[str] = None) -> Dict[str, int]: return {}
print(get_type_hints(f))
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence))
print(Optional[int] == Union[int, None], (int | None) == Optional[int])
# %%
isinstance([], List[int])
