a = 1j
b = 2 + 3j
c = -0j
d = 1.5 - 2j
e = (1j, 2j) * 2
f = a * 2j
