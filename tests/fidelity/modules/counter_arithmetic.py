# Counter's multiset operators: + - | & drop non-positive counts, unary +/-, in-place forms and
# the comparisons that treat missing counts as zero.
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+b, -b)
# %%
x = Counter(a=2, b=-1)
x += Counter(b=1, c=2)
print(x)
x -= Counter(a=5)
print(x)
y = Counter(a=1)
y |= Counter(a=3, e=1)
print(y)
y &= Counter(a=2)
print(y)
# %%
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0))
print(Counter(a=1) == {'a': 1}, Counter(a=2) > Counter(a=1))
try:
    Counter(a=1) + {'a': 1}
except TypeError as exc:
    print('TypeError:', exc)
