# collections is loaded at CPython's startup: importing it in a cell allocates nothing new, so the
# gc counts and the id of a freed object's slot behave as if the import never happened.
import gc
gc.collect()
print(gc.get_count())
import collections
import _collections
print(gc.get_count(), collections.deque is _collections.deque)
# %%
from collections import deque
print(deque.__name__, deque.__module__, type(deque).__name__)
print(gc.get_count())
# %%
gc.collect()
d = deque()
print(gc.get_count())
del d
print(gc.get_count())
# %%
try:
    collections.no_such_name
except AttributeError as exc:
    print(exc)
