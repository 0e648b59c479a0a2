if x in [1, 2, 3]:
    pass
if y in {1, 2}:
    pass
for z in [a, b]:
    pass
