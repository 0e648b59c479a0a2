# array.array: typecodes, construction, reprs, indexing, slicing and the list-like methods.
import array
from array import array as A

print(array.typecodes)
print(array.ArrayType is A, A.__name__, A.__module__, repr(A))
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a))

# %%
a = A('i', [1, 2, 3])
a
# %%
print(A('d'), A('f', [1.5, 2]), A('u', 'abc'), A('b', b'\x01\xff'), A('B', bytearray(b'ab')))
print(A('h', (1, -2, 3)), A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', range(3)))
print(A('d', (x / 2 for x in range(4))), A('i', A('i', [7, 8])))
print(str(A('I', [4294967295])), A('u'), repr(A('u', 'héllo')))

# %%
a = A('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[100:])
print(len(a), 3 in a, 42 in a, 3.0 in a, a.count(3), a.index(4), a.index(4, 2, 8))
print(list(a), a.tolist(), tuple(a[:3]), sum(a), max(a))
b = a[:]
print(b == a, b is a, type(b).__name__)

# %%
a = A('i', [1, 2, 3, 4, 5])
a[0] = 10
a[-1] = 50
a[1:3] = A('i', [7, 7, 7, 7])
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a[:] = A('i')
print(a, len(a))
a = A('i', range(8))
a[::2] = A('i', [0, 0, 0, 0])
a[5:1] = A('i', [99])
print(a)
a[2:4] = a
print(a)

# %%
a = A('d', [3.5])
a.append(1)
a.extend([2.25, 4])
a.extend(A('d', [9.0]))
a.insert(0, -1)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2.25)
a.reverse()
print(a)
a.fromlist([0.5, 0.25])
print(a, a.count(0.5))
c = A('u', 'hi')
c.fromunicode(' there')
print(c, c.tounicode(), c[0], c[-1])

# %%
a = A('h', [1, 256, -2])
raw = a.tobytes()
print(raw, len(raw))
b = A('h')
b.frombytes(raw)
print(b, b == a)
b.byteswap()
print(b)
print(A('i', [1, 2]) + A('i', [3]), A('b', [1, 2]) * 3, 2 * A('d', [0.5]), A('i', [1]) * 0, A('i', [1]) * -1)
a = A('i', [1, 2])
a += A('i', [3])
a *= 2
print(a)
import copy
c1 = copy.copy(a)
c2 = copy.deepcopy(a)
print(c1, c2, c1 is a, c1 == a)

# %%
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2, 3]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1]), A('i', [2]) > A('i', [1, 9]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1, 2]) < A('d', [1.0, 2.5]), A('B', [200]) > A('b', [-1]))
print(A('I', [4000000000]) > A('I', [1]), A('q', [-5]) < A('q', [3]), A('u', 'ab') < A('u', 'b'))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('i', [1]) == [1])
print(bool(A('i')), bool(A('i', [0])))

# %%
class Pipe:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
        return len(b)
    def read(self, n):
        data = b''
        for c in self.chunks:
            data += c
        self.chunks = [data[n:]]
        return data[:n]

p = Pipe()
A('i', [1, -1, 7]).tofile(p)
print(p.chunks)
r = A('i')
r.fromfile(p, 2)
print(r)
try:
    r.fromfile(p, 5)
except EOFError as e:
    print('EOFError:', e, r)
try:
    r.fromfile(p, -1)
except ValueError as e:
    print('ValueError:', e)
it = iter(A('h', [4, 5]))
next(it)
print(it.__reduce__())
print(list(it), it.__reduce__())
print(sorted(n for n in dir(A) if not n.startswith('__')))
try:
    A[int]
except TypeError as e:
    print('TypeError:', e)
