# sys.getsizeof on objects from the sys and gc modules' own API results.
# %%
import sys
import gc
print(sys.getsizeof(gc.get_threshold()), sys.getsizeof(sys.version_info[:2]), sys.getsizeof(sys.getrecursionlimit()))
