def f():
    try:
        return g()
    except Exception as e:
        return e
    finally:
        print("done")
