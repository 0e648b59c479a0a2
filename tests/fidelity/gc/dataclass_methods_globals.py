# @dataclass writes __init__, __repr__ and __eq__ as source and execs it with the globals of the
# class's module as found in sys.modules (the runner's own __main__ here); those generated
# functions and their code die with the class, in one collection.
import gc
from dataclasses import dataclass
gc.collect()

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), gc.get_count()[0] > 0)
del p, Point
print(gc.collect())
# %%
import sys
print("__main__" in sys.modules, __name__)
