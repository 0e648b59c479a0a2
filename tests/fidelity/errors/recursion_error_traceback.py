# Unbounded recursion raises RecursionError; the traceback collapses repeated frames.
# %%
def down(n):
    return down(n + 1)
down(0)
# %%
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 900)
# %%
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(1)
except RecursionError as e:
    print(e)
