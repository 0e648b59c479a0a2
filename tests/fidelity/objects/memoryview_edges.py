# memoryview edges: exporter subclasses, weakrefs, hashing in dicts, chained slices, cycles, builtins over views.
import sys
import gc
import weakref

# %%
class MyBytes(bytes):
    pass

class MyBA(bytearray):
    pass

mb = MyBytes(b"sub")
m = memoryview(mb)
print(m.obj is mb, m.readonly, m.tobytes(), sys.getrefcount(mb))
ba = MyBA(b"xyz")
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
del mv
ba.append(66)
print(ba)

# %%
m = memoryview(b"weak")
r = weakref.ref(m)
print(r() is m)
del m
print(r())

# %%
d = {memoryview(b"key"): 1}
print(d[memoryview(b"key")], memoryview(b"key") in d, b"key" in d)
print(hash(memoryview(b"")) == hash(b""), hash(memoryview(b"ab")[::-1]) == hash(b"ba"))

# %%
base = bytearray(b"0123456789")
m = memoryview(base)
s1 = m[2:8]
s2 = s1[1:5:2]
print(s2.tobytes(), s2.obj is base, s2.strides, s2.shape, s2.nbytes)
s2[0] = ord("X")
print(base, sys.getrefcount(m), sys.getrefcount(s1))
m.release()
print(s2.tobytes(), s1.tolist())
del s1, s2
base.extend(b"!")
print(base)

# %%
class Node:
    pass

n = Node()
n.buf = bytearray(b"cyc")
n.view = memoryview(n.buf)
n.self = n
del n
print(gc.collect())

# %%
m = memoryview(bytearray(b"abc"))
print(m.__len__(), m.__getitem__(1), type(m).__name__, type(iter(m)).__name__)
print(memoryview.__doc__ is not None, isinstance(m, memoryview), type(m) is memoryview)
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)
print(m.toreadonly().readonly, m.readonly, m.toreadonly().obj is m.obj)
print(memoryview(b"abc").tolist() == list(b"abc"), bytes(reversed(memoryview(b"abc"))))
print(sorted(memoryview(b"cab")), max(memoryview(b"cab")), sum(memoryview(bytes(range(10)))))
x = memoryview(bytearray(3))
x[:] = b"xyz"
print(x.tobytes(), x[-1:].tobytes(), x[:-1].tobytes(), x[10:].tobytes())
print(memoryview(b"a") == memoryview(b"a").toreadonly(), memoryview(b"a") != b"b")
