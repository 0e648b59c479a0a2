# memoryview export rules: the managed buffer holds the exporter, bytearray counts exports,
# release() and with end them; refcounts, gc counts and sizes around views.
import sys
import gc

# %%
b = bytearray(b"abcdef")
before = sys.getrefcount(b)
m = memoryview(b)
print(sys.getrefcount(b) - before)
s = m[1:4]
t = memoryview(m)
print(sys.getrefcount(b) - before, sys.getrefcount(m))
print(len(gc.get_referents(m)), type(gc.get_referents(m)[0]).__name__)
print(gc.is_tracked(m), gc.get_referents(gc.get_referents(m)[0])[0] is b)

# %%
try:
    b.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    b.extend(b"xyz")
except BufferError as e:
    print("BufferError:", e)
try:
    del b[0]
except BufferError as e:
    print("BufferError:", e)
try:
    b.pop()
except BufferError as e:
    print("BufferError:", e)
try:
    b += b"!"
except BufferError as e:
    print("BufferError:", e)
b[0] = 65
b[1:3] = b"BC"
print(b, s.tobytes())

# %%
m.release()
print(repr(m).startswith("<released memory at 0x"), repr(s).startswith("<memory at 0x"))
try:
    b.clear()
except BufferError as e:
    print("still exported:", e)
s.release()
t.release()
t.release()
print(sys.getrefcount(b) - before)
b.append(ord("g"))
print(b)

# %%
for op in ("len(m)", "m[0]", "m.tobytes()", "m.tolist()", "bytes(m)", "m.format", "m.shape",
           "m.obj", "hash(m)", "m[0:1]", "memoryview(m)", "list(m)", "m.hex()", "m.cast('B')"):
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
print(m == m, m == memoryview(b))

# %%
with memoryview(b) as v:
    v[0] = ord("z")
    print(repr(v)[:8], sys.getrefcount(b) - before)
print(repr(v)[:10], b, sys.getrefcount(b) - before)
b.append(ord("h"))
print(b)
try:
    with v:
        pass
except ValueError as e:
    print("ValueError:", e)

# %%
gc.collect()
c0 = gc.get_count()[0]
w = memoryview(b)
c1 = gc.get_count()[0]
w2 = w[::2]
c2 = gc.get_count()[0]
w3 = memoryview(w)
c3 = gc.get_count()[0]
it = iter(w)
c4 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3)
print(sys.getsizeof(w), sys.getsizeof(w2), sys.getsizeof(w.cast("B", [len(b)])), sys.getsizeof(it))
print(sys.getsizeof(w.cast("B", [1, len(b)])), sys.getsizeof(memoryview(b"ab").cast("H", [])))
del w, w2, w3, it
gc.collect()
b.append(ord("i"))
print(b)

# %%
x = bytearray(b"cycle")
holder = [memoryview(x)]
holder.append(holder)
del holder
print(gc.collect())
x.append(33)
print(x)
