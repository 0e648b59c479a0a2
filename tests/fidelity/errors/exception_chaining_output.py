# Exception chaining in tracebacks.
# %%
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("bad value")
# %%
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("cannot parse") from e

parse("x")
# %%
try:
    {}["k"]
except KeyError:
    raise RuntimeError("lookup failed") from None
# %%
try:
    try:
        [][0]
    except IndexError:
        {}["a"]
except KeyError:
    raise ValueError("outer")
# %%
def cleanup():
    try:
        raise OSError("disk")
    finally:
        1 / 0

cleanup()
# %%
try:
    raise ValueError("a")
except ValueError as e:
    raise e
# %%
def reraiser():
    try:
        int("q")
    except ValueError:
        raise

reraiser()
# %%
e1 = ValueError("one")
e2 = TypeError("two")
e1.__context__ = e2
e2.__context__ = e1
raise e1
# %%
err = RuntimeError("explicit")
err.__cause__ = KeyError("cause")
err.__suppress_context__ = False
raise err
# %%
try:
    raise ValueError("ctx")
except ValueError:
    e = RuntimeError("cause")
    raise TypeError("both") from e
# %%
raise ValueError("x") from 5
# %%
raise 5
# %%
raise ValueError
# %%
raise
# %%
class NotExc:
    pass

raise NotExc
# %%
try:
    pass
except 5:
    pass
print("no error when nothing raised")
# %%
try:
    1 / 0
except 5:
    pass
# %%
try:
    1 / 0
except (ValueError, "x"):
    pass
# %%
def gen():
    yield 1
    raise StopIteration

list(gen())
# %%
def g2():
    try:
        yield
    finally:
        raise KeyError("in finally")

it = g2()
next(it)
it.close()
