def f(xs):
    for x in xs:
        try:
            try:
                x()
            except* OSError as e:
                log(e)
                raise
        except* KeyError:
            pass
        finally:
            done = 1
    return done
