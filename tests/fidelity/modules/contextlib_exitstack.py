# contextlib.ExitStack: callbacks run last-in first-out, enter_context, pop_all, exception handling in callbacks
from contextlib import ExitStack, contextmanager

@contextmanager
def managed(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    names = [stack.enter_context(managed(n)) for n in ("x", "y")]
    stack.callback(print, "callback 2", "with args")
    print("inside", names)
print("done")

# %%
def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))

with ExitStack() as stack:
    stack.callback(cleanup, 1, 2, key="v")
    moved = stack.pop_all()
print("stack closed, moved still pending")
moved.close()

# %%
class Handler:
    def __enter__(self):
        print("Handler enter")
        return self
    def __exit__(self, *exc):
        print("Handler exit", exc[0].__name__ if exc[0] else None)
        return True

with ExitStack() as stack:
    stack.enter_context(Handler())
    stack.callback(print, "plain callback")
    raise RuntimeError("swallowed by Handler")
print("after the stack")

# %%
try:
    with ExitStack() as stack:
        stack.push(lambda *exc: print("push sees", exc[0].__name__) or False)
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
