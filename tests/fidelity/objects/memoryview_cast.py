# memoryview.cast to multi-byte formats and shapes: items, tolist, strides, writes through casts.
import sys

# %%
raw = bytearray(16)
ints = memoryview(raw).cast("i")
print(ints.format, ints.itemsize, len(ints), ints.shape, ints.strides, ints.nbytes)
ints[0] = 1
ints[1] = -2
ints[3] = 2**31 - 1
print(raw.hex(), ints.tolist())
try:
    ints[2] = 2**31
except ValueError as e:
    print("ValueError:", e)
print(ints[1], ints[-1], list(ints))

# %%
u = memoryview(raw).cast("I")
print(u.tolist(), u[1])
q = memoryview(raw).cast("q")
print(q.tolist(), len(q))
Q = memoryview(raw).cast("Q")
Q[0] = 2**64 - 1
print(Q[0], raw[:8], memoryview(raw).cast("b")[:4].tolist())
h = memoryview(raw).cast("H")
print(h[:3].tolist(), h.shape, h[::3].tolist(), h[::3].strides)

# %%
grid = memoryview(bytearray(range(6))).cast("B", [2, 3])
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid.nbytes, len(grid))
print(grid[1, 2], grid[0, 0], grid.c_contiguous, grid.f_contiguous)
grid[1, 1] = 99
print(grid.tolist(), grid.tobytes())
try:
    grid[0]
except NotImplementedError as e:
    print("NotImplementedError:", e)
flat = grid.cast("B")
print(flat.tolist(), flat.shape)

# %%
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 3
print(d.tolist(), d.format)
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
print(f[0], f.tolist())
c = memoryview(b"xyz").cast("c")
print(c[0], c.tolist(), c.format, hash(c) == hash(b"xyz"))
bo = memoryview(bytearray(b"\x00\x01\x02")).cast("?")
print(bo.tolist())
sc = memoryview(b"\x07\x00").cast("h", [])
print(sc.ndim, sc.shape, sc.strides, sc.tolist(), sc[()], len(sc))
at = memoryview(b"abcd").cast("@i")
print(at.format, at.itemsize)
print(memoryview(b"\x01\x00\x00\x00") == memoryview(b"\x01\x00\x00\x00").cast("i"))
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00\x00\x00").cast("i"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\xff").cast("b").tolist())

# %%
g = memoryview(bytes(range(6))).cast("B", [2, 3])
print(g.tobytes("F"), g.tobytes("A"), g.tobytes("C"), g.tobytes(None), g.tobytes(order="F"))
h = memoryview(bytes(range(24))).cast("i", [2, 3])
print(h.tobytes("F") == bytes(range(24)), h.tobytes("F")[:8], memoryview(b"abc")[::-1].tobytes("F"))
