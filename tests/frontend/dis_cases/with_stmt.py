with open("f") as fh:
    data = fh.read()
