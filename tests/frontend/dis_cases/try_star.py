def f():
    try:
        g()
    except* ValueError as e:
        h(e)
    except* (TypeError, KeyError):
        pass
    else:
        k()
    finally:
        m()

def f2():
    try:
        g()
    except* ValueError:
        pass
    return 1

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    x = eg.exceptions
