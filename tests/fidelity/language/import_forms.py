# import, import as, from-import and from-import as bind module attributes.
# %%
import math
import sys as system
from math import sqrt, pi as PI
from gc import collect as gc_collect
print(math.sqrt(16), system.getrecursionlimit() > 0, sqrt(2) == math.sqrt(2), PI == math.pi, callable(gc_collect))
print(type(math).__name__, math.__name__, system.__name__)
# %%
import math
import math as m2
import sys
print(m2 is math, system is sys)
