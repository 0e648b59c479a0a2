# with calls __enter__ and __exit__; __exit__ sees the exception and may suppress it.
# %%
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as m:
    print("inside", m.name)
# %%
with Managed("b", suppress=True):
    raise ValueError("boom")
print("suppressed")
# %%
with Managed("outer"), Managed("inner"):
    print("both")
# %%
with Managed("c"):
    1 / 0
# %%
def f():
    with Managed("in function"):
        return "returned"
print(f())
# %%
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
