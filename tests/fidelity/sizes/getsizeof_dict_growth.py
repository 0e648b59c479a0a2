# dict sizes as keys are inserted: str keys use 16-byte entries, int keys 24-byte entries.
# %%
import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(20):
    d['k%d' % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
# %%
d = {}
sizes = [sys.getsizeof(d)]
for i in range(20):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
# %%
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2)))
