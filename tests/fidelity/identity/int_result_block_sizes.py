# Fresh int results reuse a freed block only of their own size class: one-digit results (28 bytes) and x_add/k_mul results requested one or two digits larger (48-byte class), across signs and % and //.
def probe(a, b, op):
    small = int('1000'); i1 = id(small); del small
    r = op(a, b); s1 = id(r) == i1; del r
    big = int('1111111111111111111'); i2 = id(big); del big
    r = op(a, b); s2 = id(r) == i2; del r
    return '%d%d' % (s1, s2)
vals = [7, -7, 300, -300, 2**30 - 1, -2**30, 2**30 + 1, 2**45 + 3, -2**45 - 3, 2**60 - 1, -2**62, 2**63]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b]
for op in ops:
    print(' '.join(''.join(probe(a, b, op) for b in vals) for a in vals))
# %%
for a in (7, -7, 2**30 - 1, -(2**30 - 1), 2**40):
    print([(a // b, a % b) for b in (3, -3, 2**30 - 1, -(2**30 - 1))])
t = 0
for i in range(5000):
    t += i * 2**29 - 1
    if i < 3 or i > 4997:
        print(t, t > 2**40, t < 0, t == i)
x = 2**30 + 5
print(x - 2**30 is 5, (2**30 + 300) - 2**30 == 300, -(2**40) + 2**40 is 0)
print((-8.0) ** (1 / 3), (-2.5) ** 0.5, 2 ** -1, (-8) ** 0.5)
