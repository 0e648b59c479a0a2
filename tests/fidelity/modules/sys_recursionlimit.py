# sys.getrecursionlimit / setrecursionlimit.
# %%
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
# %%
sys.setrecursionlimit(0)
