def f():
    with lock:
        return 1
