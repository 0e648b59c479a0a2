r = a + b - c * d / e // f % g @ h
r = a ** b ** c
r = -a ** 2
r = +a - -b + ~c
r = (a + b) * (c - d)
r = a << 2 >> 1 | b & c ^ d
r = not a
r = a + b * c ** -d
