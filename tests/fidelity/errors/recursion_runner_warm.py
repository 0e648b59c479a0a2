# The reference runner's own loop warms up too: from the 8th cell on, its exec() call is specialised
# (PRECALL_BUILTIN_FAST_WITH_KEYWORDS) and no longer costs a recursion level, so a cell there
# recurses one level deeper than the same cell earlier.
def down(n):
    return down(n + 1)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth())
# %%
x = 2
# %%
x = 3
# %%
x = 4
# %%
x = 5
# %%
x = 6
# %%
print(depth())
down(0)
# %%
print(depth())
down(0)
# %%
print(depth())
