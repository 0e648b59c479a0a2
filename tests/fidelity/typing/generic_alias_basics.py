# %%
import sys, gc
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], frozenset[str], set[bytes])
print(sys.getsizeof(a), gc.is_tracked(a))
# %%
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(hash(list[int]) == hash(list[int]), hash(list[int]) == hash(list) ^ hash((int,)))
print(a.append is list.append, a.__name__, a.__class__)
# %%
x = list[int]([1, 2, 3])
print(x, type(x))
d = dict[str, int](a=1)
print(d)
# %%
isinstance([], list[int])
# %%
issubclass(list, list[int])
# %%
list[int][str]
# %%
int[str]
# %%
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"])
class Plain:
    pass
Plain[int]
# %%
from collections import deque, defaultdict, OrderedDict
print(deque[int], defaultdict[str, list[int]], OrderedDict[str, int])
print(enumerate[int], type(list.__dict__['__class_getitem__']).__name__)
# %%
class C:
    pass
print(list[C], dict[C, "fwd"], list[list[int]], tuple[int, str][0] if False else "ok")
print(sys.getrefcount(C))
al = list[C]
print(sys.getrefcount(C))
del al
print(sys.getrefcount(C))
# %%
def f(xs: list[int], m: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(xs)
print(f([1, 2]), f.__annotations__)
# %%
t = list[int]
print(list(t), [*tuple[int]], repr(next(iter(tuple[int, str]))))
print(t.__mro_entries__((t,)), t.__reduce__())
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__)
