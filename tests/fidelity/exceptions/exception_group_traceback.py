# Uncaught exception groups: the boxed traceback, nested groups, notes and chaining.
def inner():
    raise ExceptionGroup("inner", [ValueError(1), TypeError("t")])

def outer():
    found = []
    for i in range(2):
        try:
            inner()
        except ExceptionGroup as e:
            found.append(e)
    raise ExceptionGroup("outer", found + [KeyError("k")])

outer()
# %%
e = ValueError("noted")
e.add_note("first note")
e.add_note("second\nnote")
g = ExceptionGroup("with notes", [e, TypeError()])
g.add_note("group note")
raise g
# %%
try:
    1 / 0
except ZeroDivisionError as z:
    raise ExceptionGroup("caused", [TypeError("x")]) from z
# %%
try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup:
    raise ExceptionGroup("second", [TypeError(2)])
# %%
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
