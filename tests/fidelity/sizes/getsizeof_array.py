# sys.getsizeof of array.array: 64-byte object + 16-byte GC header + the allocated item block,
# array_resize's growth pattern, and a list of ints next to an array of the same values.
import sys
from array import array

for code in 'bBuhHiIlLqQfd':
    print(code, sys.getsizeof(array(code)), sys.getsizeof(array(code, [0] if code != 'u' else '0')), array(code).__sizeof__())

# %%
a = array('i')
sizes = []
for i in range(70):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
print(sorted(set(sizes)))

# %%
a = array('d', range(100))
print(sys.getsizeof(a), a.buffer_info()[1] == len(a))
while len(a) > 50:
    a.pop()
    if len(a) % 5 == 0:
        print(len(a), sys.getsizeof(a))
del a[:]
print(len(a), sys.getsizeof(a), a.buffer_info()[0] == 0)

# %%
nums = list(range(1000))
arr = array('q', nums)
print(sys.getsizeof(arr), sys.getsizeof(nums))
print(sys.getsizeof(arr) < sys.getsizeof(nums) + sum(sys.getsizeof(n) for n in nums))
print(sys.getsizeof(array('b', bytes(1000))), sys.getsizeof(array('b', range(1000))))
print(sys.getsizeof(array('u', 'hello')), sys.getsizeof(array('u', 'a' * 100)))
print(sys.getsizeof(array('i', [1, 2, 3]) + array('i', [4])), sys.getsizeof(array('i', [1, 2]) * 5))
b = array('i', [1, 2, 3])
b *= 4
print(sys.getsizeof(b))
b += array('i', [0])
print(sys.getsizeof(b))
c = array('h')
c.frombytes(b'\x00' * 20)
print(sys.getsizeof(c))
c.fromlist([1, 2, 3])
print(sys.getsizeof(c))
c.extend(range(5))
print(sys.getsizeof(c))
c.extend(array('h', [7] * 30))
print(sys.getsizeof(c))
print(sys.getsizeof(array('i', range(20))[::2]), sys.getsizeof(array('i', range(20))[:]))

# %%
a = array('i', [1, 2, 3])
addr, n = a.buffer_info()
print(n, addr % 8 == 0, addr != id(a))
before = a.buffer_info()[0]
for i in range(100):
    a.append(i)
print(a.buffer_info()[1], a.buffer_info()[0] != 0)
