# struct module functions compile their format through a cache of Struct objects: gen-0 counts of a miss (Struct + the call's args tuple) and of hits
import struct, gc
gc.collect()
c0 = gc.get_count()[0]
x = struct.pack('<i', 5)
print(gc.get_count()[0] - c0)
x = struct.pack('<i', 6)
print(gc.get_count()[0] - c0)
x = struct.pack('<q', 6)
print(gc.get_count()[0] - c0)
x = struct.calcsize('<h')
print(gc.get_count()[0] - c0)
s = struct.Struct('>h')
print(gc.get_count()[0] - c0)
s2 = struct.Struct('>h')
print(gc.get_count()[0] - c0)
y = s.unpack(b'\x00\x01')
print(gc.get_count()[0] - c0)
