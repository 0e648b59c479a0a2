# int size = 24 + 4 bytes per 30-bit digit (0 still has one digit); bool is an int.
# %%
import sys
for v in [0, 1, -1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, -2**90, 10**100]:
    print(v if v < 10**10 else 'big', sys.getsizeof(v))
# %%
print(sys.getsizeof(True), sys.getsizeof(False))
