# struct: every byte order's range errors, buffer errors, Struct sizes and the format cache
import struct, sys, gc
for f, v in [('f', 1e300), ('<f', 1e300), ('e', 1e10), ('q', 2**63), ('>q', 2**63), ('<q', 2**63), ('>Q', -1), ('Q', -1),
             ('I', -1), ('<I', 2**32), ('>I', 2**32), ('>h', 40000), ('<h', 40000), ('l', 2**63), ('<l', 2**31),
             ('P', -1), ('>b', 200), ('?', []), ('c', 'a'), ('s', 1), ('p', 'x'), ('f', 'x'), ('i', 1.5), ('e', 'x'),
             ('i', 2**31), ('b', 2**70), ('<H', 2**70), ('>H', -1), ('P', 2**64), ('d', 10**400)]:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
# %%
for call in ['struct.pack("i")', 'struct.unpack("i", b"12345")', 'struct.unpack_from("i", b"12", 1)',
             'struct.unpack_from("i", b"12345", -2)', 'struct.unpack_from("i", b"12345", -9)', 'struct.Struct(5)',
             'struct.calcsize("4")', 'struct.calcsize("n")', 'struct.calcsize("<n")', 'struct.iter_unpack("i", b"123")',
             'struct.iter_unpack("", b"")', 'struct.pack_into("i", bytearray(2), 0, 1)', 'struct.pack_into("i", b"1234", 0, 1)',
             'struct.unpack("i", "abcd")', 'struct.unpack("0s", b"")', 'struct.calcsize("i\\x00")', 'struct.pack("s", bytearray(b"ab"))',
             'struct.unpack("<e", bytes([0, 0x3c]))', 'struct.pack(">e", 1.5)', 'struct.pack("e", 65504.0)', 'struct.pack("e", 65520.0)',
             'struct.pack("5p", b"")', 'struct.pack("1p", b"ab")', 'struct.unpack("3p", b"\\xffab")', 'struct.unpack("P", b"\\xff" * 8)',
             'struct.Struct("i").unpack_from(b"12345678", offset=4)', 'struct.calcsize("ci")', 'struct.calcsize("ic")',
             'struct.calcsize("c0i")', 'struct.pack("@ci", b"a", 1)', 'struct.pack("i", True)', 'struct.unpack(">Q", b"\\xff" * 8)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
# %%
s = struct.Struct('<4s2H')
print(s.size, s.format, sys.getsizeof(s), s.__sizeof__(), sys.getsizeof(struct.Struct('iii')), sys.getsizeof(struct.Struct('3i')))
print(type(s).__name__, struct.Struct.__module__, struct.error.__module__, issubclass(struct.error, Exception))
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba, struct.unpack_from('<hh', ba, 2), list(struct.iter_unpack('<H', ba)))
it = struct.iter_unpack('<i', b'\x01\x00\x00\x00\x02\x00\x00\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(gc.is_tracked(s), struct.pack('b', 1) is struct.pack('b', 1), struct.pack('') is b'')
