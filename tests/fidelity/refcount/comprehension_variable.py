# Comprehension variables live in the comprehension's own frame and do not leak or keep objects alive.
# %%
import sys
items = [[i] for i in range(3)]
print(sys.getrefcount(items[-1]))
copies = [x for x in items]
print(sys.getrefcount(items[-1]))
print('x' in globals())
# %%
del copies
print(sys.getrefcount(items[-1]))
total = sum(len(x) for x in items)
print(total, sys.getrefcount(items[-1]))
