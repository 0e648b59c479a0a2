pass
del x
del x, y
del (a, b), [c]
del a[0], b.c
for i in range(3):
    if i:
        continue
    break
