def f():
    for x in range(3):
        try:
            if x:
                break
        finally:
            print(x)
    return x
