while True:
    x = next(it)
    if x is None:
        break
print("out")
