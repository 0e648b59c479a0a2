# string.Formatter over _string: lazy parser iterators (errors when reached), field names, tracebacks through string.py
import string, _string
f = string.Formatter()
first, rest = _string.formatter_field_name_split("a[0")
print(first, type(rest).__name__)
try:
    next(rest)
except ValueError as e:
    print(e)
it = _string.formatter_parser("ab{0}c}")
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except ValueError as e:
    print(e)
print(list(_string.formatter_parser("")), list(_string.formatter_field_name_split("7.x")[1]), _string.formatter_field_name_split("7.x")[0] + 1)
try:
    f.format("{a.}", a=1)
except ValueError as e:
    print(e)
try:
    f.format("{a.}")
except KeyError as e:
    print("KeyError", e)
# %%
f.format("x}")
# %%
class Point:
    x = 3
print(f.format("{p.x}|{0!s:^7}|{k[1]}", "mid", p=Point(), k="abc"))
print(string.Template.delimiter, string.Template("$who").template)
