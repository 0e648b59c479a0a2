r = a and b
r = a or b
r = a and b and c or d or e and f
r = not a and not b
r = (a or b) and c
