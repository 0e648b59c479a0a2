# WeakSet members in garbage cycles disappear at the next collection.
# %%
import gc
import weakref
class Member:
    pass
gc.collect()
members = weakref.WeakSet()
for i in range(3):
    m = Member()
    m.me = m
    members.add(m)
del m
print(len(members))
collected = gc.collect()
print(collected, len(members))
