# Hostile runtime input: big recursion limits, big ints, big strings.
import sys
# %%
sys.setrecursionlimit(4000)
def down(n):
    return down(n + 1) if n < 3000 else n

print(down(0))
# %%
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
# %%
sys.setrecursionlimit(0)
# %%
sys.setrecursionlimit(-5)
# %%
sys.setrecursionlimit(2 ** 40)
# %%
print(sys.getrecursionlimit())
# %%
x = 7 ** 20000
print(x.bit_length(), x % 97)
# %%
y = 2 ** 100000 - 1
print(y.bit_length(), (y + 1) == 1 << 100000)
# %%
print(len(bin(3 ** 5000)))
# %%
import math
print(math.factorial(1000) % 1000003)
# %%
s = "ab" * 10 ** 6
print(len(s), sys.getsizeof(s))
# %%
big = list(range(10 ** 4))
print(len(big), sys.getsizeof(big))
del big
# %%
pow(3, 10 ** 6, 7)
print(pow(3, 10 ** 6, 7))
# %%
print((10 ** 1000) // (10 ** 990))
