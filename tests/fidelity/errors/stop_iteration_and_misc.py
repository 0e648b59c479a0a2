# Uncaught StopIteration, OverflowError, and other builtin exceptions at module level.
# %%
next(iter([]))
# %%
2.0 ** 10000
# %%
import math
math.sqrt(-1)
# %%
raise NotImplementedError('todo')
# %%
raise KeyboardInterrupt
# %%
print('still alive')
