# finally runs on every exit path: normal, exception, break, continue and return.
# %%
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
# %%
def f():
    try:
        raise KeyError("x")
    except KeyError:
        print("handled")
        raise
    finally:
        print("cleanup")
try:
    f()
except KeyError as e:
    print("outer", repr(e))
# %%
try:
    pass
except Exception:
    print("not run")
else:
    print("else runs")
finally:
    print("finally runs")
# %%
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(nested())
