# memoryview over bytes and bytearray: zero-copy views, items, slices, attributes, methods.
import sys

# %%
data = bytearray(b"hello world")
m = memoryview(data)
print(type(m).__name__, len(m), m[0], m[-1], m.nbytes, m.readonly)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.obj is data, sys.getsizeof(m), m.__sizeof__())

# %%
m[0] = ord("H")
print(data)
s = m[6:]
s[0] = ord("W")
print(data, bytes(s), s.tobytes(), s.tolist())
print(s.obj is data, len(s), s.nbytes, s.c_contiguous)

# %%
evens = m[::2]
print(evens.tobytes(), evens.strides, evens.shape, evens.c_contiguous, evens.contiguous)
print(evens.tolist())
rev = m[::-1]
print(rev.tobytes(), rev.strides, rev.hex())
print(m[2:5].hex(), m.hex(":"), m[:4].hex("-", 2), m[:5].hex(b".", -2))
empty = m[5:2]
print(empty.tobytes(), len(empty), empty.shape, empty.tolist())

# %%
m[0:5] = b"HOWDY"
print(data)
m[::2] = b"abcdef"
print(data)
m[6:11] = m[0:5]
print(data)
m[1:3] = bytearray(b"ZZ")
print(data, list(m[:4]))

# %%
ro = memoryview(b"abc")
print(ro.readonly, ro[1], ro.tobytes(), ro == b"abc", b"abc" == ro, ro != b"abd")
print(hash(ro) == hash(b"abc"), hash(ro[1:]) == hash(b"bc"))
print(ro == memoryview(b"abc"), ro == bytearray(b"abc"), ro == "abc", ro == [97, 98, 99])
print([x for x in ro], 98 in ro, 120 in ro)
print(bytes(ro), bytearray(ro), b"".join([ro, b"-", memoryview(b"xy")]))
print(b"xabcx".find(ro), b"abc" + ro, bytearray(b"q") + ro)

# %%
m2 = memoryview(m)
print(m2 is m, m2 == m, m2.obj is data, m2.tobytes() == m.tobytes())
print(bool(memoryview(b"")), bool(m), len(memoryview(b"")))
print(memoryview(b"xyz").tolist(), memoryview(b"").tolist(), memoryview(b"").tobytes())
print(memoryview(object=b"kw").tobytes())
print(repr(m).startswith("<memory at 0x"), repr(m) == "<memory at %s>" % hex(id(m)))
