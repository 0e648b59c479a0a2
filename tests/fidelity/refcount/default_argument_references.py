# Default argument values are stored in the function's __defaults__ tuple.
# %%
import sys
default = [0]
print(sys.getrefcount(default))

def f(a=default, b=default):
    return a

print(sys.getrefcount(default))
print(f() is default)
del f
print(sys.getrefcount(default))
