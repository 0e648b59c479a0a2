def f():
    try:
        pass
    except A as e:
        pass
    except B as e:
        return e
