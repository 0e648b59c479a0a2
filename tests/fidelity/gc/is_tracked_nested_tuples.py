# Tuples are tracked on creation and untracked by the next collection of their generation when
# every item is atomic or an untracked container: nested tuples untrack inner first, then outer.
# %%
import gc
def make(n):
    return tuple(range(n))
inner1 = make(2)
inner2 = make(3)
outer = (inner1, inner2)
holder = (make(2), [])
print(gc.is_tracked(inner1), gc.is_tracked(outer), gc.is_tracked(holder))
gc.collect(0)
print(gc.is_tracked(inner1), gc.is_tracked(inner2), gc.is_tracked(outer), gc.is_tracked(holder))
print(gc.is_tracked(holder[0]), gc.is_tracked(()), gc.is_tracked((1,)))
# %%
late = (outer, 'x')
print(gc.is_tracked(late))
gc.collect(1)
print(gc.is_tracked(late))
holder[1].append(1)
gc.collect()
print(gc.is_tracked(holder))
