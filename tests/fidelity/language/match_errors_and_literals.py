# match statement: SyntaxErrors of the compiler, runtime TypeErrors of class patterns, literal, nested,
# or- and guarded patterns, and the references captures take.
# %%
match 1:
    case x:
        pass
    case 2:
        pass
# %%
match 1:
    case _:
        pass
    case 1:
        pass
# %%
match [1]:
    case [x, x]:
        pass
# %%
match 1:
    case 1 | x:
        pass
# %%
match {}:
    case {"a": 1, "a": 2}:
        pass
# %%
match 0:
    case [*a, *b]:
        pass
# %%
class P:
    __match_args__ = ("x",)
    x = 1
match P():
    case P(1, 2):
        pass
# %%
match P():
    case P(x=1, x=2):
        pass
# %%
class Q:
    __match_args__ = "x"
match Q():
    case Q(1):
        pass
# %%
match 5:
    case int(1, 2):
        pass
# %%
def f(v):
    match v:
        case (1 | 2) as n if n > 1:
            return ("guarded", n)
        case [1, [2, *rest]] | (3, rest):
            return ("nested", rest)
        case {"k": [_, y]} | {"j": y}:
            return ("map", y)
        case -1 | 1.5 | 2+3j | "s" | b"b" | None | False:
            return ("literal", v)
    return "none"
for v in [1, 2, [1, [2, 3, 4]], (3, 9), {"k": [0, 7]}, {"j": 8}, -1, 1.5, 2+3j, "s", b"b", None, False, 0]:
    print(f(v))
# %%
import sys
x = [1, 2, 3]
before = sys.getrefcount(x)
match x:
    case [a, *rest]:
        print(sys.getrefcount(x) - before, rest)
match {"a": x, "b": 2}:
    case {"a": val, **others}:
        print(val is x, others)
