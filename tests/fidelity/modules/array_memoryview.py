# %%
# memoryview over array.array: a writable view of the item block in the typecode's format; the array
# cannot change size while a view exists.
import array, sys
a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, m.shape, m.tolist(), len(m))
m[0] = 100
print(a, m[1:3].tolist(), bytes(m[:1]))
for op in ['a.append(5)', 'a.extend([6])', 'a.pop()', 'del a[0]', 'a[1:3] = array.array("i", [9])', 'a *= 2', 'a.frombytes(b"\\0" * 4)', 'a.remove(2)']:
    try:
        exec(op)
        print(op, 'ok', a)
    except BufferError as e:
        print(op, type(e).__name__, e)
a[1:3] = array.array('i', [7, 8])
print(a, m.tolist())
m.release()
a.append(5)
print(a, len(a))
# %%
d = array.array('d', [1.5, 2.5])
with memoryview(d) as v:
    print(v.format, v.tolist(), v.cast('B').nbytes, v[1])
b = array.array('B', b'abc')
print(bytes(memoryview(b)), memoryview(b).hex(), b'x'.join([b, b]))
print(sys.getrefcount(a) - sys.getrefcount(d))
