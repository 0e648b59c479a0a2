def f(xs):
    for x in xs:
        try:
            if x:
                return x
        finally:
            cleanup()
    while True:
        try:
            break
        finally:
            pass
