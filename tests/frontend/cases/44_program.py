"""A small program in the style of the memory lessons."""
import gc
import sys
import weakref

class Tree:
    registry = weakref.WeakSet()

    def __init__(self, label, children=()):
        self.label = label
        self.children = list(children)
        self.parent = None
        for child in self.children:
            child.parent = self
        Tree.registry.add(self)

    def walk(self, depth=0):
        yield depth, self.label
        for child in self.children:
            yield from child.walk(depth + 1)

    def __repr__(self):
        return f"Tree({self.label!r}, {len(self.children)} children)"

def build(n):
    if n <= 0:
        return Tree("leaf")
    return Tree(f"node{n}", [build(n - 1), build(n - 2)])

root = build(4)
for depth, label in root.walk():
    print("  " * depth + label)
sizes = {label: sys.getsizeof(label) for _, label in root.walk()}
total = sum(sizes.values())
del root
collected = gc.collect()
print(f"collected {collected} objects; {len(Tree.registry)} trees alive")
try:
    assert total > 0, "sizes must be positive"
except AssertionError as error:
    print(error)
finally:
    print("done")
