for i in range(10):
    print(i)
for k, v in d.items():
    pass
for x, (y, z) in pairs:
    pass
for *a, b in rows:
    pass
for i in 1, 2, 3:
    pass
for obj.attr in seq:
    pass
for item in items:
    if item:
        break
else:
    print("not found")
