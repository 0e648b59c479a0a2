# %%
import gc
gc.collect()
c0 = gc.get_count()[0]
a = list[int]
c1 = gc.get_count()[0]
b = int | None
c2 = gc.get_count()[0]
d = dict[str, list[int]]
c3 = gc.get_count()[0]
t = type[int]
c4 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3)
# %%
gc.collect()
c0 = gc.get_count()[0]
def f(x: list[int], y: int | None) -> dict[str, int]: pass
c1 = gc.get_count()[0]
del f
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1)
# %%
import sys
x = [1]
a1 = id(list[int])
a2 = id(list[int])
print(a1 == a2)
al = list[int]
print(sys.getrefcount(al), sys.getrefcount(int | str))
