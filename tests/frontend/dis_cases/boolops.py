a and b
a or b
a and b or c
x = not a
if a and b:
    pass
if a or b:
    pass
if not (a in b):
    pass
