# The "as" name of an except clause is deleted when the clause ends.
# %%
try:
    raise KeyError("k")
except KeyError as err:
    print(repr(err))
print('err' in globals())
# %%
err = "before"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
# %%
def keep():
    try:
        int("x")
    except ValueError as e:
        saved = e
    return saved
saved = keep()
print(type(saved).__name__, saved)
print(saved.__traceback__ is not None)
# %%
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e)
# %%
def order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")
print(order())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
