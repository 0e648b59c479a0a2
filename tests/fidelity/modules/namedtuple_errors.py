# namedtuple's validation of type and field names and its instances' errors, with CPython's messages.
from collections import namedtuple
for args in [('Point', 'x _y'), ('Point', 'x x'), ('Point', 'x class'), ('1Point', 'x'), ('Point', 'x-y'),
             ('class', 'x')]:
    try:
        namedtuple(*args)
    except ValueError as exc:
        print('ValueError:', exc)
try:
    namedtuple('P', 'x', defaults=[1, 2])
except TypeError as exc:
    print('TypeError:', exc)
# %%
P = namedtuple('P', 'x y')
p = P(1, 2)
try:
    p.x = 5
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    del p.y
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    p.z = 1
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    P(1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    P._make([1, 2, 3])
except TypeError as exc:
    print('TypeError:', exc)
try:
    p._replace(w=3)
except ValueError as exc:
    print('ValueError:', exc)
try:
    P.x.__get__(5)
except TypeError as exc:
    print('TypeError:', exc)
print(hasattr(p, '__dict__'))
