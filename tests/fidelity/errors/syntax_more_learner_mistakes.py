# More SyntaxErrors learners meet.
# %%
print('it's fine')
# %%
print(Hello world)
# %%
else if x > 1:
    pass
# %%
x = 1
if x > 1:
    pass
else if x < 0:
    pass
# %%
while x < 3 print(x)
# %%
for i in range(10):
# %%
def empty():
# %%
class Empty:
# %%
x =! 1
# %%
def f(x):
    return x
f(x=)
# %%
f(=1)
# %%
d = {"a" 1}
# %%
d = {"a": 1, "b"}
# %%
x = [1, 2, 3
y = 4
# %%
s = "abc
def
# %%
if x == 1 or == 2:
    pass
# %%
lambda x: return x
# %%
def f():
    yield = 1
# %%
print("a" + )
# %%
import math.sqrt as s
# %%
from math import sqrt as
# %%
with open("a") as f, open("b") as :
    pass
# %%
try:
    pass
except ValueError as e.args:
    pass
# %%
try:
    pass
except ValueError as (a, b):
    pass
# %%
f(**)
# %%
a = 1 if b else
# %%
x = (1 +
     2 +
# %%
def g(a, b
    pass
# %%
class C:
    def m(self)
        pass
# %%
print(1, 2, sep=", ", ", ")
# %%
print("done")
