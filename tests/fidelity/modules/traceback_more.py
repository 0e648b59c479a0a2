# traceback: frames with source lines (enum, contextlib), exception groups, notes, SyntaxError, linecache
import traceback, sys
from contextlib import contextmanager
from dataclasses import dataclass
import enum

class Color(enum.Enum):
    RED = 1

try:
    Color(5)
except ValueError:
    traceback.print_exc()
# %%
@contextmanager
def managed():
    yield
    raise RuntimeError("after yield")

try:
    with managed():
        pass
except RuntimeError:
    traceback.print_exc()
# %%
try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    traceback.print_exc()
# %%
try:
    e = ValueError("with note")
    e.add_note("a note")
    e.add_note("second\nline")
    raise e
except ValueError:
    traceback.print_exc()
# %%
class Obj:
    attribute = 1
try:
    Obj().atribute
except AttributeError:
    traceback.print_exc()
try:
    prnt("x")
except NameError:
    print(traceback.format_exc())
# %%
def f():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()
info = f()
traceback.print_exception(*info)
print(traceback.format_exception_only(info[0], info[1]))
import linecache
print(repr(linecache.getline("<cell 1>", 1)), linecache.getline(traceback.__file__, 1), end="")
print(sorted(k for k in linecache.cache)[:3])
# %%
try:
    [1, 2, 3][10]
except IndexError as e:
    tb = e.__traceback__
    traceback.clear_frames(tb)
    print(tb.tb_frame.f_code.co_name)
    print(traceback.format_exception(e)[-1], end="")
x = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")])
print(x.format())
try:
    raise SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n", 3, 8))
except SyntaxError:
    traceback.print_exc()
