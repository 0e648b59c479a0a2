# Unbounded recursion raises RecursionError; the traceback collapses repeated lines.
# %%
import sys
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print('caught:', e)
# %%
def explode(n):
    if n == 0:
        return 1 / 0
    return explode(n - 1)
explode(10)
# %%
# Uncaught: 3.11 prints the first three identical lines, then "[Previous line repeated N more times]".
# 3 + 993 = 996 frames of down(): the rest of the limit of 1000 is the cell's own frame and the
# frames of the cell runner below it, so N depends on how deep the cell starts.
down(0)
# %%
def ping(n):
    return pong(n) if n < 5 else 1 / 0
def pong(n):
    return ping(n + 1)
sys.setrecursionlimit(100)
ping(0)
# %%
print('after', sys.getrecursionlimit())
