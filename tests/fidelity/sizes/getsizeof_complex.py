# complex is 32 bytes.
# %%
import sys
print(sys.getsizeof(1j), sys.getsizeof(2 + 3j))
