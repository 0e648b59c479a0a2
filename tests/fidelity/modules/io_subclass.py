# io: Python subclasses of StringIO / BytesIO / TextIOBase (overridden write/readline, dict, weakrefs, sizes)
import io, sys, gc, weakref
class Recorder(io.StringIO):
    def __init__(self):
        super().__init__()
        self.calls = 0
    def write(self, s):
        self.calls += 1
        return super().write(s)

r = Recorder()
print("a", "b", file=r)
print(r.calls, repr(r.getvalue()), type(r).__mro__[:3])
r.seek(0)
print(list(r), r.__dict__, sys.getsizeof(r) > sys.getsizeof(io.StringIO()))
w = weakref.ref(r)
del r
print(w())
# %%
class Lines(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()
print(list(Lines("x\ny\n")))
class Bin(io.BytesIO):
    pass
b = Bin(b"12\n34")
print(b.readlines(), b.getvalue(), isinstance(b, io.BufferedIOBase), gc.is_tracked(b))
b.tag = "t"
print(b.__dict__)
# %%
class T(io.TextIOBase):
    pass
t = T()
t.x = 1
print(sys.getsizeof(t), t.__dict__, weakref.ref(t)() is t, sys.getsizeof(Bin()), sys.getsizeof(io.BytesIO()))
print(gc.get_referents(t) == [t.__dict__, T] or gc.get_referents(t))
del t
