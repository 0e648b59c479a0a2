# %%
import sys, gc, types
u = int | str
print(u, type(u), u.__args__, u.__parameters__, sys.getsizeof(u), gc.is_tracked(u))
print(int | None, None | int, int | str | None, list[int] | None, int | int, (int | str) | (str | bytes))
# %%
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(u.__module__, types.UnionType is type(u), types.GenericAlias is type(list[int]))
# %%
int | 3
# %%
isinstance(3, list[int] | None)
# %%
class C:
    pass
print(C | None, C | list[C])
print(sys.getrefcount(C))
k = C | None
print(sys.getrefcount(C))
del k
print(sys.getrefcount(C))
# %%
def g(x: int | None = None) -> str | None:
    return None
print(g.__annotations__)
