# bytes/bytearray.translate (table, delete=, None table), maketrans (a staticmethod giving bytes),
# bytes.__bytes__ and bytes() of objects with __bytes__; identity of unchanged results, sizes, errors.
# %%
import sys
t = bytes.maketrans(b'abc', b'xyz')
print(type(t), len(t), t[97:100], bytearray.maketrans(b'a', b'b')[97:99], type(bytearray.maketrans(b'', b'')))
print(b'aabbcc-abc'.translate(t), b'hello'.translate(None, b'l'), b'hello'.translate(t, delete=b'eo'))
print(bytearray(b'abcabc').translate(t), bytearray(b'abc').translate(None, b'b'), bytearray(b'').translate(None))
s = b'unchanged'
print(s.translate(t) is s, s.translate(None) is s, s.translate(None, b'q') is s, s.translate(t, b'z') is s)
print(b'a'.translate(t) is b'x', b'a'.translate(None, b'a') is b'', len(b'aaa'.translate(None, b'a')))
print(sys.getsizeof(b'abcdef'.translate(None, b'ace')), sys.getsizeof(bytearray(b'abcdef').translate(None, b'ace')))
print(sys.getsizeof(bytearray(b'a' * 40).translate(None, b'a')), sys.getsizeof(bytearray(b'abc' * 40).translate(t)))
ba = bytearray(b'same')
print(ba.translate(None) is ba, ba.translate(None) == ba)
class B(bytes): pass
print(type(B(b'abc').translate(None)), type(B(b'abc').translate(t)))
print(bytes.maketrans(memoryview(b'ab'), bytearray(b'cd'))[97:99], b'ab'.translate(bytearray(t)), b'ab'.translate(memoryview(t), memoryview(b'a')))
print(repr(bytes.maketrans)[:30], bytes.maketrans.__self__, bytes.__dict__['maketrans'].__class__.__name__)
# %%
for call in [lambda: b'x'.translate(b'short'), lambda: b'x'.translate('s' * 256), lambda: b'x'.translate(None, 'a'),
             lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans('a', 'b'), lambda: bytes.maketrans(b'a'),
             lambda: bytes.maketrans(), lambda: b'x'.translate(), lambda: b'x'.translate(None, b'', b''),
             lambda: b'x'.translate(table=None), lambda: bytearray(b'x').translate(b'1' * 255),
             lambda: b'x'.translate(None, deletechars=b'')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
# %%
b = b'abc'
print(b.__bytes__() is b, bytes(b) is b, type(B(b'q').__bytes__()), B(b'q').__bytes__() is b'q', bytes(B(b'xy')))
class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(HasBytes()), bytes(B(b'sub')) == b'sub')
import gc
gc.collect()
h = HasBytes()
before = gc.get_count()[0]
for i in range(3):
    x = bytes(h)
print(gc.get_count()[0] - before)
