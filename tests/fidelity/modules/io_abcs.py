# io: the IOBase/TextIOBase/BufferedIOBase ABCs, isinstance of the streams, Python subclasses of io.TextIOBase / io.IOBase
import io, sys, gc
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.TextIOBase), issubclass(io.StringIO, io.IOBase), isinstance(sys.stdout, io.TextIOBase))
print(io.IOBase.__mro__)
print(io.TextIOBase.__mro__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__)
print(type(io.IOBase), io.StringIO.__module__, io.__name__)
# %%
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print("hello", "there", file=u)
print(u.parts, u.closed, u.writable(), u.readable())
u.writelines(["a", "b"])
print(u.parts)
with u:
    pass
print(u.closed)
try:
    u.write
    print("x", file=u)
except ValueError as e:
    print(e)
try:
    u.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(sys.getrefcount(u), gc.is_tracked(u))
del u
# %%
class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
print(list(Lines(["a\n", "b\n"])), Lines(["x\n", "y\n", "z"]).readlines())
try:
    Lines([]).fileno()
except OSError as e:
    print(type(e).__name__, e)
