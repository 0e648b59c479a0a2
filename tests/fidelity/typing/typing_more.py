# %%
import gc, sys, weakref
class C:
    pass
a = list[C]
C.alias = a
r = weakref.ref(a)
del a, C
print(gc.collect(), r())
# %%
from typing import NewType, Protocol, Literal, Final, ClassVar, runtime_checkable, Iterable
UserId = NewType('UserId', int)
print(UserId, UserId(5), Literal[1, 'a'], Final[int], ClassVar[int])
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
# %%
import typing
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.Type[int], typing.Text)
# %%
# %%
import _typing
print(UserId.__call__, _typing._idfunc(7), UserId(9))
import sys
print(sys.getrefcount(UserId))
