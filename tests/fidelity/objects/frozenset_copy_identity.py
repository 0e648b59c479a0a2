# frozenset's union(), intersection() and difference() with no arguments return a new frozenset
# (set_copy); only copy() returns the frozenset itself. Set operations with any iterable.
# %%
import gc
gc.disable()
s = {1, 2, 3, 4}
fs = frozenset(s)
print(fs.union() is fs, fs.intersection() is fs, fs.difference() is fs, fs.copy() is fs)
g0 = gc.get_count()[0]
a = s.intersection(range(3))
g1 = gc.get_count()[0]
b = s.union(range(3), (9,))
g2 = gc.get_count()[0]
c = s.difference(x for x in range(2))
g3 = gc.get_count()[0]
d = s.symmetric_difference(range(3))
g4 = gc.get_count()[0]
s.intersection_update(iter([1, 2, 3]))
g5 = gc.get_count()[0]
print(g1 - g0, g2 - g1, g3 - g2, g4 - g3, g5 - g4, a, b, c, d, s)
print(type(fs.union()).__name__, type(fs.union([5])).__name__)
e = s.intersection([1], (1, 2), {1})
print(e, gc.get_count()[0] - g5)
