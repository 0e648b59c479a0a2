# struct pack unpack: course-style use (QA round 4)
import struct, sys
print(struct.calcsize('i'), struct.calcsize('ih'), struct.calcsize('hi'), struct.calcsize('<hi'), struct.calcsize('q'), struct.calcsize('P'))
print(struct.calcsize('@ci'), struct.calcsize('=ci'), struct.calcsize('3s2x'), struct.calcsize('?d'))
b = struct.pack('<ihb', 1, -2, 3)
print(b, len(b))
print(struct.unpack('<ihb', b))
print(struct.pack('>I', 0xdeadbeef), struct.pack('<f', 1.5), struct.pack('d', 0.1))
print(struct.unpack('>HH', b'\x01\x02\x03\x04'), struct.pack('5s', b'hi'), struct.pack('?', 2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(7, 8), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'))
print(sys.getsizeof(b))
# %%
struct.pack('b', 200)
# %%
struct.pack('i', 'x')
# %%
struct.unpack('i', b'\x00')
# %%
struct.pack('z', 1)
# %%
struct.pack('ii', 1)
# %%
struct.pack('<H', -1)
