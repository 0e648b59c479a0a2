# The order in which __del__ runs for a ring of objects follows the collector's unreachable list.
# %%
import gc
order = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
gc.collect()
nodes = [Node(c) for c in 'abcde']
for i in range(5):
    nodes[i].next = nodes[(i + 1) % 5]
del nodes
n = gc.collect()
print(n, order)
# %%
order.clear()
gc.collect()
x = Node('x')
y = Node('y')
z = Node('z')
z.next = y
y.next = x
x.next = z
del x, y, z
n = gc.collect()
print(n, order)
