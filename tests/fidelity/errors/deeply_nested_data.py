# Deeply nested data built in loops: repr, compare, copy, hash, del.
import sys
# %%
deep = []
for _ in range(1500):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("repr:", e)
# %%
other = []
for _ in range(1500):
    other = [other]
try:
    print(deep == other)
except RecursionError as e:
    print("eq:", e)
# %%
t = ()
for _ in range(1500):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print("hash:", e)
# %%
import copy
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print("deepcopy:", type(e).__name__)
# %%
del deep, other, t
print("freed")
# %%
d = {}
for _ in range(1500):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("dict repr:", e)
# %%
f = lambda: None
for _ in range(1500):
    f = (lambda g: lambda: g())(f)
try:
    f()
except RecursionError as e:
    print("calls:", e)
# %%
import functools
try:
    functools.reduce(lambda a, b: [a], range(1500), [])
    print("reduce ok")
except RecursionError as e:
    print("reduce:", e)
# %%
s = "x"
for _ in range(1500):
    s = [s, s]
    s = s[0:1]
print(len(s))
