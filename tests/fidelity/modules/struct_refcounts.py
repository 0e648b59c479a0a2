# struct: refcounts and gc counts around pack/unpack and Struct objects
import struct, sys, gc
s = struct.Struct('<ii')
print(sys.getrefcount(s))
data = s.pack(1, 2)
print(sys.getrefcount(data), type(data).__name__, data)
t = s.unpack(data)
print(sys.getrefcount(t), t, gc.is_tracked(t))
# %%
gc.collect()
c0 = gc.get_count()[0]
x = struct.pack('<i', 5)
print(gc.get_count()[0] - c0)
y = struct.unpack('<i', x)
print(gc.get_count()[0] - c0)
z = struct.Struct('>h')
print(gc.get_count()[0] - c0)
# %%
b = struct.pack('b', 1)
print(b is struct.pack('b', 1), b is b'\x01', struct.pack('') is b'', len(struct.pack('100s', b'x')))
print(struct.unpack('c', b'a')[0] is b'a', sys.getsizeof(struct.pack('8d', *range(8))))
