import weakref
from collections import deque, OrderedDict
class Item(list):
    pass
class Record(dict):
    pass
class Tags(set):
    pass
for cls in (Item, Record, Tags):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
print(Item.__hash__, Record.__hash__, list.__hash__, dict.__hash__)
# %%
w = weakref.WeakSet()
try:
    w.add(Item([1]))
except TypeError as e:
    print("TypeError:", e)
class HashableItem(list):
    def __hash__(self):
        return id(self) >> 4
keep = [HashableItem([i]) for i in range(3)]
for it in keep:
    w.add(it)
keep.pop()
print(len(w))
# %%
od = OrderedDict(a=1)
for name, o in [("dict_keys", {}.keys()), ("dict_items", {}.items()), ("dict_values", {}.values()),
                ("odict_keys", od.keys()), ("odict_items", od.items()), ("odict_values", od.values()),
                ("odict_iterator", iter(od)), ("deque_iterator", iter(deque())), ("slice", slice(1))]:
    try:
        hash(o)
        print(name, "hashable")
    except TypeError as e:
        print(name, "TypeError:", e)
# %%
import types
ns = types.SimpleNamespace(a=1)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace.__hash__, ns == types.SimpleNamespace(a=1))
