# bytearray is a mutable sequence of small ints: in-place edits keep the object's id, reprs pick
# their quotes like bytes, and it is not tracked by the cyclic GC.
import gc
import sys
data = bytearray(b'hello')
before = id(data)
data[0] = 72
data += b' world'
data.append(33)
data.insert(0, 62)
print(data, id(data) == before)
print(data[1], data[-1], data[1:6], data[::3], type(data[1:3]).__name__)
# %%
print(data.pop(), data.pop(0), data)
data.remove(ord('o'))
data.reverse()
print(data, len(data))
print(72 in data, b'll' in data, b'zz' in data)
# %%
print(gc.is_tracked(data), gc.is_tracked(bytearray()), gc.is_tracked(iter(data)))
it = iter(data)
print(sys.getrefcount(data), type(it).__name__)
del it
print(sys.getrefcount(data))
# %%
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b'\'"'), bytearray(b'\x00\t\n\r\x7f\xff\\'))
print(str(bytearray(b'q')), bytearray(3), list(bytearray(b'AB')), bytearray(b'AB').hex())
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'x') + b'y', b'x' + bytearray(b'y') == b'xy')
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < bytearray(b'abd'), bytearray(b'ab') * 3, 2 * bytearray(b'z'))
# %%
c = bytearray(b'0123456789')
del c[::2]
print(c)
c[::2] = b'ace'
print(c)
c[2:4] = [120, 121, 122]
print(c, c.count(b'z'), c.find(b'yz'), c.index(120))
# %%
for bad in ("hash(c)", "c.append(256)", "c.append('a')", "c[50]", "bytearray().pop()", "bytearray('abc')",
            "c.remove(200)", "c[1] = 'x'", "c[::2] = b'ab'", "bytearray(-1)", "c + 'x'", "c['a']", "'a' in c"):
    try:
        exec(bad)
    except Exception as exc:
        print(bad, '->', type(exc).__name__ + ':', exc)
print(bool(bytearray()), bool(bytearray(1)))
