import gc
before = gc.get_count()
import enum
import random
import bisect
import types
after = gc.get_count()
print(before == after, sorted(m.__name__ for m in (enum, random, bisect, types)))
# %%
import gc
x = gc.get_count()
from enum import Enum
from random import randint, Random
from bisect import insort
print(gc.get_count() == x, Enum.__module__, Random.__module__, insort.__module__)
