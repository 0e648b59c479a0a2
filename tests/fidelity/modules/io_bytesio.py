# io.BytesIO: an in-memory binary file
import io
import sys

b = io.BytesIO()
print(type(b), type(b).__mro__)
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell())
print(b.getvalue())
# %%
b.write(b"line two\nend")
b.seek(0)
print(b.readline(), b.readline(3), b.readlines())
print(b.read(), b.tell())
b.seek(0)
print(list(b))
# %%
c = io.BytesIO(b"0123456789")
print(c.read(3), c.read1(2), c.seek(-2, 2), c.read(), c.seek(2, 1))
print(c.seek(15), c.write(b"!"), c.getvalue())
print(c.truncate(5), c.getvalue(), c.tell())
c.seek(0)
print(c.readlines(2), c.readlines())
# %%
d = io.BytesIO()
for bad in [(-1,), (0, 3), ("x",)]:
    try:
        d.seek(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["text", 5, [1]]:
    try:
        d.write(bad)
    except TypeError as e:
        print(e)
try:
    d.truncate(-1)
except ValueError as e:
    print(e)
try:
    d.readlines("x")
except TypeError as e:
    print(e)
d.close()
print(d.closed)
for op in (d.getvalue, d.read, d.tell, lambda: d.write(b"x"), d.flush, d.readable):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
# %%
data = b"shared bytes"
e = io.BytesIO(data)
print(sys.getrefcount(data))
print(e.getvalue() is data, e.read() is data)
e.write(b"!")
print(e.getvalue(), data, sys.getrefcount(data))
# %%
print(sys.getsizeof(io.BytesIO()), sys.getsizeof(io.BytesIO(b"abc")))
f = io.BytesIO()
f.write(b"x" * 1000)
print(sys.getsizeof(f))
v = f.getvalue()
print(sys.getsizeof(f), len(v))
with io.BytesIO(b"a\nb") as g:
    print([line for line in g])
print(g.closed)
