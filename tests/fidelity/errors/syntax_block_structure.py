# Block structure mistakes.
# %%
try:
    x = 1
print("no except")
# %%
try:
    x = 1
# %%
else:
    pass
# %%
elif True:
    pass
# %%
except ValueError:
    pass
# %%
try:
    pass
except ValueError, TypeError:
    pass
# %%
try:
    pass
finally:
    pass
except:
    pass
# %%
try:
    pass
except:
    pass
except ValueError:
    pass
# %%
if True:
    pass
else:
    pass
elif x:
    pass
# %%
x = 1 if True
# %%
for x in range(3) print(x)
# %%
for x range(3):
    pass
# %%
for x, in range(3)
    pass
# %%
with open("a") as f, :
    pass
# %%
def f:
    pass
# %%
def f()
# %%
class A(:
    pass
# %%
import math.
# %%
from math import
# %%
from . import
# %%
import a as
# %%
from math import (sqrt, pi
# %%
from math import sqrt,
# %%
import math as m.n
# %%
assert
# %%
global
# %%
match x:
    case 1
        pass
# %%
match x
    case 1:
        pass
# %%
lambda x: (yield)
print("lambda ok")
# %%
print("ok")
