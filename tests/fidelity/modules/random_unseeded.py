import random
a = random.random()
print(0.0 <= a < 1.0, type(a).__name__)
r1, r2 = random.Random(), random.Random()
print(r1.getrandbits(64) != r2.getrandbits(64))
x = random.randint(1, 6)
print(1 <= x <= 6)
import sys
r = random.Random(1)
print(sys.getrefcount(r), len(r.__dict__), r.gauss_next)
