# 3.11 adds "Did you mean" suggestions to NameError and AttributeError messages.
# %%
values = [1, 2]
print(valuse)
# %%
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
p.z
# %%
p.xx
# %%
"text".uper()
# %%
def f():
    counter = 1
    return countr
f()
# %%
import math
math.sqr(4)
# %%
len2([1])
