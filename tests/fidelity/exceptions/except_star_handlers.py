# except*: each clause handles the matching part of the group; the rest propagates.
import sys

def handle(group):
    try:
        raise group
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key part:", repr(e))

handle(ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)]))
handle(ExceptionGroup("eg", [TypeError("only")]))
# %%
# a naked exception is wrapped in a group for the handler
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), e.exceptions)
    print(sys.exc_info()[1] is e)
print(sys.exc_info())
# %%
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled the ValueError")
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
# %%
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("handler")
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    print("not reached")
else:
    print("else runs when nothing was raised")
# %%
for exc_type in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* exc_type:
            pass
    except TypeError as err:
        print(err)
# %%
# the unhandled part is raised from the try statement
try:
    raise ExceptionGroup("eg", [ValueError(1), OSError("disk")])
except* ValueError:
    print("ValueError handled")
