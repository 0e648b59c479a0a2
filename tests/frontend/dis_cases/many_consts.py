a = [1.5, 2.5, 3.5]
b = (True, False, None)
c = b"bytes"
d = ...
e = -0.0
f = 0.0
g = 1e100
