# A ring of ten instances is collected as ten objects.
# %%
import gc
class Node:
    def __init__(self, n):
        self.n = n
gc.collect()
nodes = [Node(i) for i in range(10)]
for i, node in enumerate(nodes):
    node.next = nodes[(i + 1) % 10]
first = nodes[0]
del nodes, node
print(first.next.next.n)
del first
print(gc.collect())
