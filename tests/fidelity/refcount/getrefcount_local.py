# A local variable inside a function: the local slot plus the argument.
# %%
import sys

def f():
    x = object()
    y = [x]
    return sys.getrefcount(x), sys.getrefcount(y)

print(f())
# %%
def g():
    x = [1]
    alias = x
    return sys.getrefcount(x)

g()
