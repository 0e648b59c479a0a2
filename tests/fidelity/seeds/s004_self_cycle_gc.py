# %% [markdown]
# Seed 004, "Garbage Collection", the "Easiest example" cell, kept as written.
# Added: the first cell imports sys (the seed imported it in an earlier cell).
# %%
import sys
# %%
## Easiest example

import gc

## Create a list
x = []                                  ## external reference to the list
print(x)

## Append the list to itself
x.append(x)                             ## internal reference of the list to the list itself
print(x)

## reference count
print(f'Reference Count of X is {sys.getrefcount(x)}')

## delete the external reference
del x                                   ## memory won't be de-allocated as the internal reference still exist and we can't reach the internal reference

## without reference count coming to zero, python won't de-allocate the memory automatically

## to de-allocate the memory
gc.collect()                            ## Garbage collector will break the reference cycles

## gc.collect() will return number of objects are unreachable and breaks those cycle. Be it 1 or 1000 that were formed in earlier codes as well
