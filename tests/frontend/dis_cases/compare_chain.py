a < b < c
x == y
p is None
q is not None
r in s
t not in u
1 < x <= 10
