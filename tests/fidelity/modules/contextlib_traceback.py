# contextlib: an uncaught exception raised in a with body that runs through a @contextmanager generator
from contextlib import contextmanager

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with opened("log"):
    raise ValueError("failure inside the block")

# %%
@contextmanager
def checked():
    yield
    raise RuntimeError("raised after the yield")

with checked():
    print("body ran")

# %%
@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e

with translate():
    {}["key"]

# %%
@contextmanager
def no_yield():
    if False:
        yield

with no_yield():
    pass
