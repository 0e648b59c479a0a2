# Chained exceptions inside and around exception groups, and nested except* statements.
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("inner")
except ValueError as v:
    raise ExceptionGroup("g", [v])
# %%
def f():
    try:
        1/0
    except ZeroDivisionError:
        raise KeyError("k")
excs = []
for i in range(2):
    try:
        f()
    except KeyError as e:
        excs.append(e)
raise ExceptionGroup("chained members", excs)
# %%
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    try:
        raise OSError("nested")
    except* OSError:
        raise RuntimeError("deep")
# %%
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    sys.stdout.write("caught " + repr(e) + "\n")
    del e
print("e" in dir())
