# memoryview in a memory course: zero-copy slices vs copies, refcounts, gc counts, buffers held by objects.
import sys
import gc
import ctypes

# %%
data = bytes(range(256)) * 40
copy_slice = data[100:9000]
view_slice = memoryview(data)[100:9000]
print(len(copy_slice), sys.getsizeof(copy_slice))
print(len(view_slice), sys.getsizeof(view_slice))
print(view_slice.obj is data, copy_slice == view_slice, view_slice == copy_slice)

# %%
gc.collect()
print(gc.get_count())
views = [memoryview(buf) for _ in range(3)]
print(gc.get_count())
del views
print(gc.get_count())
gc.collect()
print(gc.get_count())

# %%
buf = bytearray(b"spam and eggs")
print(sys.getrefcount(buf), ctypes.c_long.from_address(id(buf)).value)
mv = memoryview(buf)
print(sys.getrefcount(buf), ctypes.c_long.from_address(id(buf)).value)
part = mv[5:8]
print(sys.getrefcount(buf), sys.getrefcount(mv), part.tobytes())
del mv
print(sys.getrefcount(buf), part.obj is buf)
del part
print(sys.getrefcount(buf))

# %%
print(int.from_bytes(memoryview(b"\x01\x02"), "little"), memoryview(b"hi").tobytes().decode())
print(bytes(memoryview(b"abc")[::-1]), bytearray(memoryview(b"abcdef")[::2]))
print(str(memoryview(b"xyz"), "ascii"), memoryview(b"a b c").tobytes().split())
print(b"-".join(memoryview(b"abc")[i:i + 1] for i in range(3)))
print(list(memoryview(bytearray(b"\x01\x02\x03\x04")).cast("H")))
print(bytes(memoryview(b"\x01\x00\x02\x00").cast("H")))
target = bytearray(4)
memoryview(target).cast("I")[0] = 258
print(target, int.from_bytes(memoryview(target)[:2], "big"))

# %%
class Holder:
    def __init__(self, data):
        self.view = memoryview(data)

b = bytearray(b"abc")
h = Holder(b)
print(sys.getrefcount(b))
try:
    b.extend(b"def")
except BufferError as e:
    print(type(e).__name__, e)
h.view.release()
b.extend(b"def")
print(b, repr(h.view).startswith("<released memory at 0x"))
