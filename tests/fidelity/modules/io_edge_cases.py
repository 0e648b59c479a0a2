# io: readline/readlines limits, instance dict and weakrefs, closed streams, argument errors, gc referents
import io, sys, gc, weakref
s = io.StringIO("x\ny\nz")
print(s.readlines(1), s.readlines(0))
s.seek(0)
print(s.readline(0), s.readline(1), s.readline(None), s.read(None))
s.__dict__["tag"] = 1
s.extra = 2
print(s.__dict__)
r = weakref.ref(s)
del s
print(r())
# %%
t = io.StringIO()
t.close()
try:
    print("x", file=t)
except ValueError as e:
    print(e)
try:
    iter(t)
except ValueError as e:
    print(e)
try:
    t.writelines(["a"])
except ValueError as e:
    print(e)
t.flush()
print(t.closed)
# %%
u = io.StringIO()
try:
    u.writelines(["ok", 3])
except TypeError as e:
    print(e, repr(u.getvalue()))
print(io.StringIO.__name__, io.StringIO.__module__, io.BytesIO.__qualname__)
print(type(io.StringIO.write).__name__, io.StringIO.closed.__class__.__name__)
try:
    io.StringIO("a", "b", "c")
except TypeError as e:
    print(e)
try:
    io.StringIO(initial="x")
except TypeError as e:
    print(e)
print(repr(io.StringIO(initial_value="kw", newline=None).read()))
# %%
b = io.BytesIO(b"abc\ndef")
print(b.read(-1), b.seek(0), b.read(None), b.tell())
b.seek(0)
print(next(b), next(b))
try:
    next(b)
except StopIteration:
    print("stop")
try:
    io.BytesIO("text")
except TypeError as e:
    print(e)
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"k").read())
big = io.BytesIO()
for i in range(10):
    big.write(bytes([65 + i]) * 7)
print(sys.getsizeof(big), big.tell(), len(big.getvalue()), sys.getsizeof(big))
# %%
gc.collect()
print(gc.get_referents(io.StringIO()), gc.get_referents(io.BytesIO(b"zz")))
x = io.StringIO()
x.write("a" * 5)
print(sys.getrefcount(x), len(gc.get_referrers(x)))
buf = io.StringIO()
for i in range(3):
    print(i, file=buf, end=";")
print(buf.getvalue(), buf.tell(), buf.seek(0), buf.read(2))
