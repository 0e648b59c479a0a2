# contextlib: importing it leaves no gc residue (CPython has it at startup); a generator that yields twice; misuse errors
import gc
from contextlib import contextmanager, ExitStack, closing
gc.collect()
before = gc.get_count()
import contextlib
after = gc.get_count()
print(after[0] - before[0], after[1] - before[1])

# %%
@contextmanager
def twice():
    print("first")
    yield 1
    print("second")
    yield 2
    print("never")

try:
    with twice() as v:
        print("body", v)
except RuntimeError as e:
    print("RuntimeError:", e)

# %%
@contextmanager
def once():
    yield

cm = once()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

# %%
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
try:
    with closing(3):
        pass
except AttributeError as e:
    print(e)

# %%
@contextmanager
def twice_after_error():
    try:
        yield
    except ValueError:
        print("handled, yielding again")
        yield

with twice_after_error():
    raise ValueError("v")
