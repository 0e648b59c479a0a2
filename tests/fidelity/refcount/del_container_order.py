# Containers release their items when they die: list.clear, del of a list, dict and tuple dealloc order.
# %%
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

items = [Item(1), Item(2), Item(3)]
print("clearing")
items.clear()
print("cleared", len(items))
# %%
items = [Item(4), Item(5), Item(6)]
del items
print("list gone")
# %%
d = {"a": Item(7), "b": Item(8)}
d = None
print("dict gone")
# %%
t = (Item(9), Item(10))
del t
print("tuple gone")
# %%
items = [Item(11), Item(12), Item(13)]
items.pop(1)
print("popped")
del items[0]
print("deleted index 0")
items[0] = Item(14)
print("replaced")
del items
