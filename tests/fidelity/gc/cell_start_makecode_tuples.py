# makecode's tuples (co_names, co_consts, co_localsplusnames) are allocated at the end of each
# code object's compile, and fold_tuple_on_constants' tuples (a defaults tuple) in its assembly: a
# new one takes a parked tuple of its length when the compile's own transient tuples have just
# parked one, so gen 0's count does not grow for it; one equal to an earlier tuple is made and freed.
# %%
import gc
print(gc.get_count())
# %%
def f(a):
    pass

def g(b):
    pass
print(gc.get_count())
# %%
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

class LinkedList:
    def __init__(self):
        self.head = None
print(gc.get_count())
# %%
def gen(n):
    for i in range(n):
        yield i
def gen2(m):
    yield from gen(m)
print(list(gen2(3)), gc.get_count())
# %%
def one():
    pass
def two(x):
    pass
def three(y):
    return y
print(gc.get_count())
# %%
data = {'a': 1}
def lookup(d, k, default=None):
    return d.get(k, default)
def keys_of(d):
    return list(d)
print(lookup(data, 'a'), keys_of(data), gc.get_count())
# %%
print(gc.get_count())
