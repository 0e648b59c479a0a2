# "from M import typo" names the module's __file__ (ceval.c import_from via
# PyModule_GetFilenameObject), "unknown location" only for modules without one; extension modules
# such as math carry their lib-dynload path, as repr(math) shows.
import math
print(math)
print(math.__file__)
# %%
from math import squareroot
# %%
from math import PI
# %%
from random import randInt
# %%
from collections import Ordereddict
# %%
from functools import reduc
# %%
from itertools import chian
# %%
from sys import argvv
# %%
try:
    from math import tau, sqroot
except ImportError as e:
    print(e.name, e.path)
    print(e.msg)
# %%
import array, heapq, bisect
print(array)
print(heapq.__file__)
# %%
from heapq import heappusj
