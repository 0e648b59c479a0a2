# A returned object carries exactly the references the caller keeps.
# %%
import sys

def make():
    result = [1, 2, 3]
    return result

print(sys.getrefcount(make()))
x = make()
print(sys.getrefcount(x))
# %%
cache = []
def make_cached():
    obj = [0]
    cache.append(obj)
    return obj

y = make_cached()
print(sys.getrefcount(y))
# %%
def identity(o):
    return o

z = identity(y)
print(sys.getrefcount(y), z is y)
