r = a < b <= c > d >= e == f != g
r = a is b
r = a is not b
r = a in b
r = a not in b
r = a < b < c
r = x is None or y is not None
