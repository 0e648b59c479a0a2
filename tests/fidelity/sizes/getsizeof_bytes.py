# bytes = 33 + n.
# %%
import sys
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(b'x' * 100))
