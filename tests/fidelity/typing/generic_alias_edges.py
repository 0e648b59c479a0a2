# %%
import types, typing
g = types.GenericAlias(1, 2)
print(g, g.__origin__, g.__args__)
# %%
types.GenericAlias(list)
# %%
list[int].__origin__ = 3
# %%
int | "str"
# %%
print(list["X"], typing.Union["Fwd", int], typing.List["Node"], typing.Optional["Node"])
# %%
class Node:
    def link(self, other: "Node") -> "typing.Optional[Node]": ...
print(typing.get_type_hints(Node.link))
# %%
import copy
a = list[int]
print(copy.copy(a) == a, len(dir(a)) > 40, 'append' in dir(a), '__origin__' in dir(a))
# %%
print(list[int] | int, int | list[int], (int | str)[0] if False else 'x')
T = typing.TypeVar('T')
print((int | T)[str], dict[str, T][int], list[T].__parameters__)
# %%
list[int][int]
# %%
dict[str, T][int, str]
# %%
class G(typing.Generic[T]):
    pass
class H(G[int]):
    pass
print(H.__orig_bases__, H.__mro__, G[str]().__orig_class__)
# %%
print(typing.Tuple[()], tuple[int, ...] == tuple[int, ...], type[int] | None, hash(list[int]) == hash(list[int]))
print(isinstance(list[int], type), isinstance(list, type), callable(list[int]))
