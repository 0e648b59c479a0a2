# assert, sys.exit and SystemExit in cells.
# %%
x = 3
assert x > 5
# %%
assert x > 5, f"x is too small: {x}"
# %%
assert isinstance(x, str), ("tuple", "message")
# %%
def check(values):
    assert all(v > 0 for v in values), \
        "values must be positive"

check([1, -1])
# %%
assert (
    x == 4
)
# %%
import sys
sys.exit()
# %%
print("after exit")
sys.exit(3)
# %%
sys.exit("goodbye")
# %%
raise SystemExit(0)
# %%
raise SystemExit("a", "b")
# %%
try:
    sys.exit(2)
except SystemExit as e:
    print("caught", e.code, repr(e))
# %%
raise KeyboardInterrupt
# %%
raise GeneratorExit
# %%
raise Exception()
# %%
raise Exception("")
# %%
raise Exception("a", 2)
# %%
raise KeyError("key")
# %%
raise KeyError("")
# %%
raise KeyError()
# %%
raise KeyError(1, 2)
# %%
class E(Exception):
    def __str__(self):
        raise RuntimeError
raise E("x")
# %%
class E2(Exception):
    def __str__(self):
        return "custom str"
raise E2
# %%
class E3(Exception):
    __module__ = "mylib.errors"
raise E3("qualified")
# %%
class Outer:
    class Inner(Exception):
        pass
raise Outer.Inner("nested")
# %%
raise OSError(2, "No such file", "x.txt")
# %%
raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
# %%
b"\xff".decode()
# %%
print("end")
