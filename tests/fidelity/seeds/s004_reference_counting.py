# %% [markdown]
# Seed 004 "Memory Management using Python", "Reference Counting" (In [23] to In [26]), kept as written,
# including the NameError raised by the last cell.
# %%
## Import sys library for reference count
import sys

## create an object
a=[]
print(f'Get Reference for a is {sys.getrefcount(a)}')
## This code will give the output as referenceCount of 2
## Because, object creation is refering itself once, and then using 'getrefcount(a)' function will refer the object again
## So, the total object references here are 2
# %%
b=a
print(f'Reference count of a is {sys.getrefcount(a)}')
print(f'Reference count of b is {sys.getrefcount(b)}')
## These will give 3 because, object refered by
## a
## b
## getrefcount(b)
# %%
b = []
print(f'Reference count of a is {sys.getrefcount(a)}')
print(f'Reference count of b is {sys.getrefcount(b)}')
## Again this will give 2 as 'a' has been refered twice since we re-assigned 'b' with another value
# %%
del a
del b
## Here, the reference count will become 0 for both the objects. So, the memory will be de-allocated
print(f'Reference count of a is {sys.getrefcount(a)}')
print(f'Reference count of b is {sys.getrefcount(b)}')
