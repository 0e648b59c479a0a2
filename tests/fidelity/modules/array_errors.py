# array.array errors: typecodes, per-typecode range checks, item types, indexing, methods.
from array import array as A

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

for bad in ['x', 'ii', '', 1, b'i', None]:
    attempt(A, bad)
attempt(A)
attempt(A, 'i', [1], 2)
attempt(lambda: A('i', initializer=[1]))

# %%
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for code, (lo, hi) in limits.items():
    print(code, A(code, [lo, hi]))
    attempt(A, code, [hi + 1])
    attempt(A, code, [lo - 1])
    attempt(A, code, [2**70])
    attempt(A, code, [1.5])
    attempt(A, code, ['7'])
print(A('b', [True, False]), A('H', [3 == 3]))

# %%
for code in 'fd':
    attempt(A, code, ['x'])
    attempt(A, code, [None])
    attempt(A, code, [10**400])
    print(A(code, [1, True, 2.5]))
attempt(A, 'u', [1])
attempt(A, 'u', ['ab'])
attempt(A, 'u', [''])
attempt(A, 'i', 'abc')
attempt(A, 'd', A('u', 'x'))
attempt(A, 'i', A('d', [1.5]))
attempt(A, 'i', 5)
attempt(A, 'h', b'\x01')

# %%
a = A('i', [1, 2, 3])
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a['x'])
attempt(lambda: a[1.0])
attempt(a.__setitem__, 5, 1)
attempt(a.__setitem__, 0, 'x')
attempt(a.__setitem__, 0, 2**40)
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(0, 1), A('d', [1.0]))
attempt(a.__setitem__, slice(None, None, 2), A('i', [1, 2, 3]))
attempt(a.__delitem__, 7)
attempt(a.append, 'x')
attempt(a.append, 2**31)
attempt(a.extend, 5)
attempt(a.extend, A('d'))
attempt(a.extend, [1, 'x'])
print(a)
attempt(a.insert, 'x', 1)
attempt(a.insert, 0)
attempt(a.pop, 10)
attempt(A('i').pop)
attempt(a.pop, 'x')
attempt(a.remove, 42)
attempt(a.index, 42)
attempt(a.index, 1, 'x')
attempt(a.fromlist, (1, 2))
attempt(a.fromlist, [1, 2, 'x'])
print(a)
attempt(a.frombytes, 'abc')
attempt(a.frombytes, b'abc')
attempt(a.tounicode)
attempt(a.fromunicode, 'x')
attempt(A('u').fromunicode, 5)

# %%
a = A('i', [1])
attempt(lambda: a + [1])
attempt(lambda: a + A('d'))
attempt(lambda: a * 'x')
def iadd():
    global a
    a += [2]
attempt(iadd)
attempt(hash, a)
attempt(lambda: a < [1])
attempt(lambda: {a: 1})
print(a)
