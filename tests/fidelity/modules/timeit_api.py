# timeit api: course-style use (QA round 4)
import timeit
t = timeit.timeit("sum(range(100))", number=100)
print(type(t).__name__, t > 0)
t2 = timeit.timeit(lambda: [i for i in range(10)], number=50)
print(t2 >= 0)
r = timeit.repeat("x = 1", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
tm = timeit.Timer("a + b", setup="a = 1; b = 2")
print(tm.timeit(number=5) >= 0)
rs = tm.repeat(repeat=2, number=3)
print(len(rs), min(rs) >= 0)
print(timeit.default_timer is not None)
# %%
timeit.timeit("1/0", number=1)
# %%
timeit.timeit("x +", number=1)
