if 0 < x < 10:
    ok()
while a < b <= c:
    a += 1
