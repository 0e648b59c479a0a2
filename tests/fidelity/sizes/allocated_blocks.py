# sys.getallocatedblocks(): pymalloc's blocks in use (the used pools' ref.count) plus the live
# requests over 512 bytes that fell through to the raw allocator. Absolute values depend on the
# whole interpreter; the differences are what a program can reason about.
# %%
import sys
g = sys.getallocatedblocks
r = [g()]
r.append(g())
xs = [object() for _ in range(3)]
r.append(g())
del xs
r.append(g())
x = object()
r.append(g())
del x
r.append(g())
print([v - r[0] for v in r])
# %%
for n in (10, 100, 1000):
    b0 = g()
    xs = [object() for _ in range(n)]
    b1 = g()
    del xs
    b2 = g()
    print(n, b1 - b0, b2 - b0)
# %%
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
b0 = g()
head = None
for _ in range(50):
    head = Node(head)
b1 = g()
head = None
print(b1 - b0, g() - b0)
# %%
b0 = g()
s = "x" * 1000
t = [1.5] * 10
d = {i: str(i) for i in range(100)}
print(g() - b0)
del s, t, d
print(g() - b0)
