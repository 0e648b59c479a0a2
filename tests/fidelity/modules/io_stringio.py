# io.StringIO: an in-memory text file
import io
import sys
import gc

buf = io.StringIO()
print(type(buf), type(buf).__mro__)
print(buf.write("hello "), buf.write("world\n"))
print(repr(buf.getvalue()), buf.tell())
# %%
buf.write("second line\nthird")
buf.seek(0)
print(repr(buf.readline()))
print(buf.readlines())
print(repr(buf.read()), buf.tell())
# %%
buf.seek(0)
for i, line in enumerate(buf):
    print(i, repr(line))
print(buf.seek(0, io.SEEK_END), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
# %%
s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)), repr(s.read()), repr(s.read()))
print(s.seek(3), s.write("XY"), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.seek(10), s.write("!"), repr(s.getvalue()))
# %%
print(s.readable(), s.writable(), s.seekable(), s.closed, s.isatty())
print(s.line_buffering, s.newlines, s.encoding, s.errors)
s.close()
print(s.closed)
s.close()
for op in (lambda: s.write("x"), s.getvalue, s.read, s.tell, lambda: s.seek(0), s.readline, s.isatty):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
# %%
t = io.StringIO()
try:
    t.write(42)
except TypeError as e:
    print(e)
try:
    t.write(b"bytes")
except TypeError as e:
    print(e)
for bad in [(-1,), (0, 3), (1, 1), ("x",), (1.5,)]:
    try:
        t.seek(*bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t.truncate(-2)
except ValueError as e:
    print(e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
try:
    io.StringIO(newline=3)
except TypeError as e:
    print(e)
# %%
print("to the buffer", 1, 2, sep="-", file=t)
print("again", file=t, end="!\n")
print(repr(t.getvalue()))
t.writelines(["a\n", "b\n"])
print(repr(t.getvalue()))
# %%
with io.StringIO("line1\nline2\n") as f:
    print(f.readlines(), f.closed)
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print(e)
# %%
n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()), n.newlines)
u = io.StringIO("a\r\nb\rc\n", newline="")
print(u.readlines(), u.newlines)
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()), w.readline())
# %%
print(sys.getsizeof(io.StringIO()), sys.getsizeof(io.StringIO("x" * 1000)))
print(gc.is_tracked(io.StringIO()))
v = io.StringIO()
v.write("".join(["a", "bc"]))
value = v.getvalue()
print(sys.getrefcount(value), value is v.getvalue())
# %%
gc.collect()
gc.disable()
c0 = gc.get_count()[0]
s2 = io.StringIO()
c1 = gc.get_count()[0]
s2.write("a")
s2.write("b")
s2.getvalue()
c2 = gc.get_count()[0]
s2.seek(0)
s2.read()
s2.write("c")
c3 = gc.get_count()[0]
del s2
c4 = gc.get_count()[0]
gc.enable()
print(c1 - c0, c2 - c0, c3 - c0, c4 - c0)
