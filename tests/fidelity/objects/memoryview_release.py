# memoryview lifetimes without the collector module (so the stress run covers it): exports held by
# views, slices and views of views, release order, views kept alive in containers and cycles.
import sys

# %%
b = bytearray(b"abcdef")
base = sys.getrefcount(b)
views = [memoryview(b) for _ in range(3)]
slices = [v[i:] for i, v in enumerate(views)]
print(sys.getrefcount(b) - base, [s.tobytes() for s in slices])
for v in views:
    v.release()
print(sys.getrefcount(b) - base, [bytes(s) for s in slices])
try:
    b.pop()
except BufferError as e:
    print("BufferError:", e)
del slices
print(sys.getrefcount(b) - base)
b.pop()
print(b)

# %%
class Box:
    def __init__(self, data):
        self.view = memoryview(data)
        self.me = self

data = bytearray(b"xyz")
Box(data)
Box(data)
print(sys.getrefcount(data) > 2)
try:
    data.append(0)
except BufferError as e:
    print("BufferError:", e)

# %%
chain = memoryview(b"0123456789")
for step in range(4):
    chain = memoryview(chain)[1:]
print(chain.tobytes(), chain.obj, len(chain))
ro = chain.toreadonly()
del chain
print(ro.tobytes(), ro.readonly)

# %%
with memoryview(bytearray(b"ctx")) as outer:
    with outer[1:] as inner:
        inner[0] = ord("T")
    print(outer.tobytes(), repr(inner).startswith("<released"))
print(repr(outer).startswith("<released"))
