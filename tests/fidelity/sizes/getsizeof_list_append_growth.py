# list = 56 + 8 * capacity; capacity grows in steps as items are appended (0..40 appends).
# %%
import sys
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(40):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
# %%
changes = [(n, sizes[n]) for n in range(1, len(sizes)) if sizes[n] != sizes[n - 1]]
print(changes)
