# An object that owns another: the owner's __del__ runs first, then its attributes are released.
# %%
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)

root = Node("root", Node("child", Node("grandchild")))
del root
print("done")
# %%
shared = Node("shared")
a = Node("a", shared)
b = Node("b", shared)
del shared
del a
print("a gone, shared still held by b")
del b
print("all gone")
