# %% [markdown]
# # Welcome to Heapscope
# Each cell runs in one shared namespace, as in a notebook. Press **Run all**, or **Step** to go
# line by line, and watch the heap, the memory cells and the collector on the right.

# %%
# Reference counting: every name, list slot or argument that refers to an object counts.
import sys
import ctypes

x = [1, 2, 3]
a = x
print(id(a) == id(x))            # one object, two names
print(sys.getrefcount(a))        # 3: x, a, and getrefcount's own argument
print(ctypes.c_long.from_address(id(a)).value)  # 2: the count itself, read from memory

# %%
# Dropping a name lowers the count; at zero the object is freed at once.
del a
print(ctypes.c_long.from_address(id(x)).value)
holder = [x, x]
print(ctypes.c_long.from_address(id(x)).value)
holder.clear()
print(ctypes.c_long.from_address(id(x)).value)

# %%
# A cycle keeps its counts above zero: only the cyclic collector can free it.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

first = Node("first")
second = Node("second")
first.other = second
second.other = first
address = id(first)
del first, second
print(ctypes.c_long.from_address(address).value)  # still 1: the cycle keeps it alive
print(gc.collect())                                # 2: the two nodes

# %%
# The collector's generations: each new container object adds one to generation 0's count;
# at the threshold (700) generation 0 is collected.
gc.collect()
print(gc.get_count())
before = gc.get_count()[0]
junk = [[], [], []]
after = gc.get_count()[0]
print(after - before)            # three lists and the list holding them
print(gc.get_threshold())
