# traceback: printing and formatting a caught exception
import traceback

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
print("still running")
# %%
try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.count("\n"), text.splitlines()[0])
print(text, end="")
# %%
try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print(len(lines))
    print(lines)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
# %%
try:
    outer("a")
except TypeError as e:
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1)
    traceback.print_exception(e, chain=False)
# %%
def chained():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second") from e

try:
    chained()
except RuntimeError as e:
    traceback.print_exc()
    print(traceback.format_exception(e, chain=False)[-1], end="")
# %%
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError:
    traceback.print_exc()
# %%
print(traceback.format_exc())
traceback.print_exc()
