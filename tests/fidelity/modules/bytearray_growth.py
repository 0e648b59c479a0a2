# bytearray's buffer: PyByteArray_Resize over-allocates on moderate growth, jumps to the exact size
# on a big one, and shrinks on a major downsize; sys.getsizeof = 56 + the allocated bytes.
import sys
b = bytearray()
print(sys.getsizeof(b), b.__alloc__(), len(b))
# %%
for i in range(20):
    b.append(i)
    print(len(b), b.__alloc__(), sys.getsizeof(b))
# %%
b.clear()
print(len(b), b.__alloc__(), sys.getsizeof(b))
# %%
print(sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray([1, 2, 3])))
print(sys.getsizeof(bytearray(range(10))), sys.getsizeof(bytearray(x for x in range(100))))
print(sys.getsizeof(bytearray('héllo', 'utf-8')), sys.getsizeof(bytearray(b'xy') * 50))
# %%
big = bytearray(b'a' * 100)
print(big.__alloc__())
del big[:90]
print(len(big), big.__alloc__(), sys.getsizeof(big))
big += b'b' * 200
print(len(big), big.__alloc__(), sys.getsizeof(big))
del big[10:]
print(len(big), big.__alloc__(), sys.getsizeof(big))
# %%
e = bytearray(b'0123456789')
e.extend(b'abc')
print(e, e.__alloc__())
e.extend([65, 66, 67])
print(e, e.__alloc__())
e.extend(x for x in b'xyz')
print(e, e.__alloc__())
e *= 2
print(len(e), e.__alloc__())
