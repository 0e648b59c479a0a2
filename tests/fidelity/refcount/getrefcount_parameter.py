# An argument passed to a function: the caller's name, the parameter, and getrefcount's own argument.
# %%
import sys

def count(p):
    return sys.getrefcount(p)

obj = [1, 2, 3]
print(count(obj))
# %%
def count_twice(p, q):
    return sys.getrefcount(p)

print(count_twice(obj, obj))
# %%
def nested(p):
    return count(p)

print(nested(obj))
# %%
print(count([]))
