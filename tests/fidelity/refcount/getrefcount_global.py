# A fresh object bound to one global name: one reference from the name, one from the argument.
# %%
import sys
a = [1, 2]
print(sys.getrefcount(a))
# %%
sys.getrefcount(a)
# %%
b = a
print(sys.getrefcount(a), sys.getrefcount(b))
del b
print(sys.getrefcount(a))
