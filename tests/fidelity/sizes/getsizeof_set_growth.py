# set sizes as ints are added; set() and frozenset() start at 216.
# %%
import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
# %%
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
