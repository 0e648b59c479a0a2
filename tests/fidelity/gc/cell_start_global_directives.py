# The symtable keeps a list of (name, lineno, col, end_lineno, end_col) tuples for each block with
# global or nonlocal statements (or a walrus in a comprehension) until compile() ends: gc counts
# of the cell that compiled them include those allocations.
import gc
print(gc.get_count())
# %%
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter, gc.get_count())
# %%
def make():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    def reset():
        global counter
        counter = 0
    return add, reset
add, reset = make()
print(add(2), add(3), gc.get_count())
# %%
def evens(xs):
    return [y for x in xs if (y := x * 2) % 4 == 0]
print(evens(range(6)), gc.get_count())
# %%
print(gc.get_count())
