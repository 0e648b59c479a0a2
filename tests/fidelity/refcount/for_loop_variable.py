# A for loop's target stays bound to the last item after the loop.
# %%
import sys
items = [[0], [1], [2]]
for item in items:
    pass
print(item, sys.getrefcount(items[0]), sys.getrefcount(items[2]))
del item
print(sys.getrefcount(items[2]))
# %%
def loop():
    for it in items:
        inside = sys.getrefcount(it)
    return inside

print(loop(), sys.getrefcount(items[2]))
