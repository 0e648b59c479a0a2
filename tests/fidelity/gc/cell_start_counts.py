# gc.get_count() at the start of cells of different shapes: compile() leaves its symtable and
# compiler dicts/lists and its const-cache key tuples on the free lists, so gen 0's count at a
# cell's start grows with the compiled structure (blocks, units, constants by type).
import gc
gc.disable()
starts = []
def setup(n=3):
    return [n]
# %%
starts.append(gc.get_count()[0])
# %%
starts.append(gc.get_count()[0])
x = 1.5
y = b'ab'
z = (1, 2.5, True)
# %%
starts.append(gc.get_count()[0])
def f(a, b=2):
    return a + b
# %%
starts.append(gc.get_count()[0])
sq = [i * i for i in range(5)]
lam = lambda q: q + 1
# %%
starts.append(gc.get_count()[0])
g = (i for i in range(3))
s = {i for i in range(3)}
d = {1: 2}
# %%
starts.append(gc.get_count()[0])
t = (1.0, 2.0, 3.0, (4.0, b'x'), -0.0, False)
def outer(a):
    def inner(b):
        return a + b + 0.5
    return inner
# %%
starts.append(gc.get_count()[0])
print([b - a for a, b in zip(starts, starts[1:])])
print(starts[0] > 20)
gc.enable()
