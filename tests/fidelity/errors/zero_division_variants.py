# ZeroDivisionError variants.
# %%
1 / 0
# %%
1 // 0
# %%
1 % 0
# %%
1.0 / 0
# %%
1.0 // 0
# %%
1.0 % 0
# %%
divmod(1, 0)
# %%
divmod(1.0, 0.0)
# %%
0 ** -1
# %%
0.0 ** -1
# %%
pow(0, -2)
# %%
pow(2, -1, 0)
# %%
pow(2, 3, 0)
# %%
1j / 0
# %%
(1+2j) ** -1 * 0
0j ** -1
# %%
import math
math.fmod(1, 0)
# %%
math.log(0)
# %%
math.sqrt(-1)
# %%
x = 10
y = 0
average = x / y
# %%
def mean(values):
    return sum(values) / len(values)

mean([])
