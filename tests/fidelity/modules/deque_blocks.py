# A deque stores items in 64-slot blocks of 528 bytes; sys.getsizeof counts the dequeobject
# (216 bytes + 16 of GC header) plus every block the items span, starting from the centre.
import sys
from collections import deque
d = deque()
print(sys.getsizeof(d), len(d))
# %%
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
print([i + 1 for i in range(1, 200) if sizes[i] != sizes[i - 1]])
# %%
left = deque()
for i in range(100):
    left.appendleft(i)
print(sys.getsizeof(left), left[0], left[-1])
# %%
print(sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))), sys.getsizeof(deque(range(200))))
e = deque()
e.extendleft(range(70))
print(sys.getsizeof(e), e[0], e[-1])
# %%
r = deque(range(10))
r.rotate(3)
print(r, sys.getsizeof(r))
r.rotate(-5)
print(r, sys.getsizeof(r))
for k in range(40):
    r.rotate(1)
print(r, sys.getsizeof(r))
# %%
while len(d) > 1:
    d.popleft()
print(d, sys.getsizeof(d))
d.pop()
print(d, sys.getsizeof(d))
