# The collector visits an instance's attributes in the class's shared-keys order (the order the
# first instance set them), not in the order this instance set them: that order decides which
# rescued object move_unreachable puts back first, and so the order finalizers run in later.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)

first = Node("first")
first.left = None
first.right = None
del first
# %%
gc.collect()
left = Node("L")
right = Node("R")
root = Node("root")
root.right = right
root.left = left
print(gc.get_referents(root)[:3] == [root.name, left, right])
del left, right
gc.collect(0)
# %%
root.left.partner = root.right
root.right.partner = root.left
del root
print(gc.collect())
