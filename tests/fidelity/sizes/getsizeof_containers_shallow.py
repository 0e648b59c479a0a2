# getsizeof is shallow: the items' own sizes are not included.
# %%
import sys
small = [1, 2, 3]
large = [1, 2, 3]
large[0] = 'x' * 1000
print(sys.getsizeof(small) == sys.getsizeof(large))
nested = [[0] * 100]
print(sys.getsizeof(nested), sys.getsizeof(nested[0]))
