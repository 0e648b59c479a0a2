if not a in b:
    pass
if not a is b:
    pass
x = not a == b
