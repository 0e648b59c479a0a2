# gc.get_count() at the start of cells that repeat a constant. compile() merges every use of a
# constant into one (the const cache), but each repeat still makes its key tuple, a repeated call
# keyword, dict key tuple or folded set display is built again before it is merged, and the AST
# optimizer's folded tuples all stay alive until the compile ends. Two functions whose bytecode is
# the same bytes share one cached key. What is live at the compile's peak decides how many tuples
# come from the free lists, so the count at the next cell's start grows with the repeats.
import gc
gc.disable()
starts = []
# %%
starts.append(gc.get_count()[0])
for word in ('a', 'b'):
    print(word, end=' ')
print('c', end=' ')
print()
# %%
starts.append(gc.get_count()[0])
t1 = (1, 2, 3)
t2 = (1, 2, 3)
t3 = (1, 2, 3)
print(t1 is t2, t2 is t3)
# %%
starts.append(gc.get_count()[0])
s1 = {4, 5, 6}
s2 = {4, 5, 6}
d1 = {'x': 1, 'y': 2}
d2 = {'x': 3, 'y': 4}
print(s1 == s2, d1.keys() == d2.keys())
# %%
starts.append(gc.get_count()[0])
pair = (7, 8)
nested = ((7, 8), 9)
print(nested[0] is pair)
# %%
starts.append(gc.get_count()[0])
def four():
    return 4
def five():
    return 5
def six():
    return 6
print(four() + five() + six())
# %%
starts.append(gc.get_count()[0])
def scale(v, by=(1, 2)):
    return (1, 2)
square = lambda q: q * q
cube = lambda q: q * q * q
print(scale(0), square(3), cube(2))
# %%
starts.append(gc.get_count()[0])
def square(x):
    return x * x
def cube(x):
    return x * x * x
class Node:
    def __init__(self, value):
        self.value = value
print(square(3), cube(2), Node(1).value)
# %%
starts.append(gc.get_count()[0])
print([b - a for a, b in zip(starts, starts[1:])])
gc.enable()
