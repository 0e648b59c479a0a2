# OverflowError and friends.
# %%
float(10 ** 400)
# %%
2.0 ** 10000
# %%
10 ** 400 / 1
# %%
10 ** 400 * 1.0
# %%
import math
math.exp(1000)
# %%
int(float("inf"))
# %%
int(float("nan"))
# %%
"x" * (2 ** 63)
# %%
[0] * (2 ** 63)
# %%
len(range(2 ** 64))
# %%
range(2 ** 64)[0]
print(range(2 ** 64)[2 ** 63])
# %%
chr(0x110000)
# %%
chr(-1)
# %%
bytes([256])
# %%
1 << -1
# %%
1 >> -1
# %%
math.factorial(-1)
# %%
math.factorial(2.5)
# %%
round(1.5, 10 ** 20)
print(round(10 ** 400, -2) == 10 ** 400)
# %%
import sys
sys.maxsize + 1
print([1, 2][sys.maxsize + 1 - sys.maxsize])
# %%
[1, 2, 3][2 ** 100]
# %%
"abc"[10 ** 30]
# %%
1e308 * 10
print(1e308 * 10)
# %%
(2 ** 1000).to_bytes(2, "big")
# %%
float("1e500")
print(float("1e500"))
# %%
int(1e300) .bit_length()
print(int(1e300).bit_length())
# %%
1.5 .as_integer_ratio()
print((1e300).as_integer_ratio()[1])
# %%
math.pow(10, 400)
