# The first repr of a non-empty container creates the thread state's dict and its "Py_Repr" list
# (Py_ReprEnter's record of reprs in progress): two GC allocations that stay; later reprs add none.
# %%
import gc
gc.collect()
a = [1, 2]
c1 = gc.get_count()[0]
text = repr(a)
c2 = gc.get_count()[0]
text = repr({'k': a})
c3 = gc.get_count()[0]
print(c2 - c1, c3 - c2, text)
