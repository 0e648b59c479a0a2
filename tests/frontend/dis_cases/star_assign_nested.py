(a, *b), c = x
for a, *b in items:
    pass
