# contextlib: context managers used as decorators (ContextDecorator), AbstractContextManager subclasses, redirect_stdout to a custom writer
import sys
from contextlib import contextmanager, ContextDecorator, AbstractContextManager, redirect_stdout, suppress, ExitStack

@contextmanager
def announce(label):
    print("start", label)
    yield
    print("end", label)

@announce("decorated")
def work(x):
    print("working on", x)
    return x * 2

print(work(3))
print(work(4))
print(work.__name__, work.__wrapped__.__name__)

# %%
class timed(ContextDecorator):
    def __enter__(self):
        print("timed enter")
        return self
    def __exit__(self, *exc):
        print("timed exit", exc[0])
        return False

@timed()
def job():
    print("job body")
job()

# %%
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        print("Sub exit")

print(isinstance(42, AbstractContextManager))
print(issubclass(type(suppress()), AbstractContextManager))
with Sub() as s:
    print(type(s).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(e)

# %%
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass

out = Collector()
with redirect_stdout(out):
    print("hidden", 1)
    print("hidden", 2)
print(out.parts)
print(sys.stdout is sys.__stdout__)

# %%
def failing():
    raise ValueError("callback failed")
try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise KeyError("original")
except ValueError as e:
    print(repr(e), repr(e.__context__))
