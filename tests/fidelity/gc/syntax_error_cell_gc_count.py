# A cell that does not compile still raises: compile()'s SyntaxError (with its details tuple)
# leaves the runner's exec call in main(), whose frame object is made on the first exception of any
# kind and kept; the parser's tuples end in the free lists. Gen 0's count shows both.
import gc
gc.disable()
a = gc.get_count()[0]
# %%
x = 1 +
# %%
b = gc.get_count()[0]
print(b - a)
# %%
x = 1 +
# %%
c = gc.get_count()[0]
print(c - b)
# %%
x = 1 +
# %%
d = gc.get_count()[0]
print(d - c)
# %%
e = gc.get_count()[0]
print(e - d)
# %%
1/0
# %%
f = gc.get_count()[0]
print(f - e)
# %%
1/0
# %%
g = gc.get_count()[0]
print(g - f)
# %%
y = (
# %%
h = gc.get_count()[0]
print(h - g)
