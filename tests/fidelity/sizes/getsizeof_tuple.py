# tuple = 40 + 8 * n (the empty tuple is 40 too).
# %%
import sys
print([sys.getsizeof(tuple(range(n))) for n in range(6)])
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(('a', 'b', 'c')))
