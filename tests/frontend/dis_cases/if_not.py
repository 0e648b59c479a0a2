if not x:
    a()
if not (x and y):
    b()
if x is not None and y:
    c()
