# Raising and re-raising inside except* clauses.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise keeps the original group:", repr(e))
# %%
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except BaseException as e:
    print(repr(e), repr(e.__context__))
# %%
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise
except BaseException as e:
    print(repr(e))
    print([repr(x) for x in e.exceptions])
# %%
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise RuntimeError("wrapped") from v
    except* TypeError:
        raise OSError("io")
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__cause__))
# %%
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("raised while handling")
except* TypeError:
    pass
