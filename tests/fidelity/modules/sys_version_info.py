# sys.version_info identifies the simulated CPython.
# %%
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, len(sys.version_info) == 5, sys.version_info[0] == sys.version_info.major)
