# contextlib: tracebacks through ExitStack.__exit__ when a callback raises, exc_info inside suppress, introspection of contextlib's classes
from contextlib import ExitStack, contextmanager, suppress
def bad():
    raise ValueError("callback failed")
with ExitStack() as stack:
    stack.callback(bad)
    raise KeyError("original")
# %%
@contextmanager
def cm():
    yield
with ExitStack() as s:
    s.enter_context(cm())
    1/0
# %%
import sys
with suppress(ZeroDivisionError):
    print(sys.exc_info())
print(suppress.__doc__.splitlines()[0])
print(ExitStack.callback.__qualname__, ExitStack.__mro__)
print(contextmanager.__module__, repr(contextmanager).split(" at ")[0])
with suppress():
    raise ExceptionGroup("g", [KeyError(1)])
