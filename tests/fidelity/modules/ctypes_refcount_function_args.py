# ob_refcnt seen through ctypes inside functions: arguments, locals, default values and returns.
# %%
import ctypes

def refcount(obj_id):
    return ctypes.c_long.from_address(obj_id).value

def inspect(obj):
    return refcount(id(obj))

def inspect_twice(a, b):
    return refcount(id(a))

def keep_local(obj):
    local = obj
    again = obj
    return refcount(id(obj))

items = ['x', 'y']
print(refcount(id(items)))
print(inspect(items))
print(inspect_twice(items, items))
print(keep_local(items))
print(refcount(id(items)))
# %%
def make():
    fresh = {}
    return fresh, refcount(id(fresh))

made, inside = make()
print(inside, refcount(id(made)))
# %%
class Node:
    def __init__(self, value):
        self.value = value

def wrap(value):
    return Node(value)

node = wrap(items)
print(refcount(id(items)), refcount(id(node)))
nodes = [wrap(items) for _ in range(4)]
print(refcount(id(items)))
del nodes
print(refcount(id(items)))
