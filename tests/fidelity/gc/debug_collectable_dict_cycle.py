# DEBUG_COLLECTABLE names every object found unreachable, in the order of the unreachable list;
# sys.stderr is captured so the addresses can be masked.
# %%
import gc, sys
class Capture:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
class Node:
    pass
cap = Capture()
gc.collect()
d = {}
d['self'] = d
n = Node()
m = Node()
n.other = m
m.other = n
l = [n]
l.append(l)
del d, n, m, l
saved, sys.stderr = sys.stderr, cap
gc.set_debug(gc.DEBUG_COLLECTABLE)
found = gc.collect()
gc.set_debug(0)
sys.stderr = saved
print(found)
for line in cap.lines:
    print(line.split(' 0x')[0])
