import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
# %%
for s in [0, 1, 12345, -7, 2**100 + 3, 3.5, "hello", b"bytes", bytearray(b"ba"), ""]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.getrandbits(70), random.randrange(10, 1000, 7))
# %%
random.seed(2024)
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(xs, k=3))
print(random.choices(["a", "b", "c"], k=6))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=6))
print(random.uniform(1.5, 9.5), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.getrandbits(0), random.getrandbits(32), random.getrandbits(33))
print(random.randbytes(5))
# %%
r = random.Random(7)
r2 = random.Random(7)
print([r.random() == r2.random() for _ in range(3)])
st = r.getstate()
a = [r.randint(0, 9) for _ in range(8)]
r.setstate(st)
print(a == [r.randint(0, 9) for _ in range(8)], st[0], len(st[1]), st[2])
print(type(r).__name__, isinstance(r, random.Random), type(r).__mro__)
random.seed(99); print(random.randrange(10), random.randrange(5, 50), random.randint(-3, 3))
print(random.sample(list("abcdefghij"), 4), random.sample(range(10), k=3, counts=[1]*10))
# %%
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.random(), m.choice([1, 2, 3]), m.uniform(0, 10))
# %%
random.randint(5, 1)
# %%
random.choice([])
# %%
random.sample({1, 2, 3}, 2)
# %%
random.getrandbits(-1)
# %%
random.seed([1, 2])
