# traceback: extracting frames (FrameSummary / StackSummary) and the current stack
import traceback
import sys

def level3():
    raise ValueError("deep")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(frame.filename, frame.lineno, frame.name, repr(frame.line))
print(summary[-1])
print(repr(summary[0]))
filename, lineno, name, line = summary[1]
print(filename, lineno, name, line)
# %%
print(traceback.format_tb(tb))
print(traceback.format_list(summary[:2]))
print(len(traceback.extract_tb(tb, limit=2)))
print([f.name for f in traceback.extract_tb(tb, limit=-1)])
traceback.print_tb(tb, limit=2)
print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
# %%
def show_stack():
    traceback.print_stack(limit=3)
    stack = traceback.extract_stack(limit=3)
    print([f.name for f in stack], stack[-1].lineno)
    print(traceback.format_stack()[-1], end="")

def caller():
    show_stack()

caller()
# %%
def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)

try:
    recurse(6)
except RecursionError:
    traceback.print_exc()
# %%
te = traceback.TracebackException.from_exception(ValueError("standalone"))
print(list(te.format()), te.exc_type.__name__)
print(traceback.format_exception_only(None))
fs = traceback.FrameSummary("file.py", 3, "func", line="x = 1")
print(fs, fs.line, fs == ("file.py", 3, "func", "x = 1"))
