# repr and comparison of very deep nests stop at the recursion limit (PyObject_Repr's " while getting
# the repr of an object", PyObject_RichCompare's " in comparison"), and so does copy.deepcopy (its
# Python frames); freeing the nest is fine.
l = []
for i in range(3000):
    l = [l]
try:
    print(repr(l)[:5])
except RecursionError as e:
    print("RecursionError", e)
# %%
d = {}
for i in range(3000):
    d = {'k': d}
try:
    s = str(d)
except RecursionError as e:
    print("RecursionError", e)
del d, l
print("freed")
# %%
a = []; b = []
for i in range(3000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
del a, b
# %%
import copy
n = []
for i in range(3000):
    n = [n]
try:
    copy.deepcopy(n)
except RecursionError as e:
    print("RecursionError deepcopy")
m = [[1, [2, [3]]], {'x': (4, [5])}]
c = copy.deepcopy(m)
print(c == m, c[0][1] is not m[0][1])
# %%
def f(n):
    return repr([n]) if n == 0 else f(n - 1)
print(f(900))
