# enumerate objects are 72 bytes (56 + GC head); zip 64, map and filter 48.
# %%
import sys
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])))
print(sys.getsizeof(reversed([1])), sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("ab")))
print(sys.getsizeof(iter({})), sys.getsizeof(iter(set())), sys.getsizeof(iter(range(3))))
