import sys
import gc
import ctypes

x = [1, 2, 3]
a = x
print(id(a))
print(id(x))  # same as id(a)
print(sys.getrefcount(x))
print(ctypes.c_long.from_address(id(x)).value)
del a
print(sys.getrefcount(x))

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1  # a reference cycle
del n1, n2
print(gc.collect())
print(gc.get_count(), gc.get_threshold())
gc.set_threshold(700, 10, 10)
b = 10
c = 10
print(b is c, id(b) == id(c))
