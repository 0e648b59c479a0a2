# Objects with only __len__/__getitem__ (the old sequence protocol) iterate everywhere CPython calls PyObject_GetIter.
import itertools, operator
class Deck:
    def __init__(self, items=('A', 'K', 'Q')):
        self._cards = list(items)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, i):
        return self._cards[i]
d = Deck()
n = Deck([3, 1, 2])
print('K' in d, 'X' in d, operator.contains(d, 'Q'), operator.countOf(d, 'A'), operator.indexOf(d, 'Q'))
print([*d], (*d,), sorted({*d}), *d, sep='|')
a, *b = d
print(a, b, list(reversed(d)), sorted(d), min(n), max(n), sum(n), ''.join(d), dict.fromkeys(d))
print(bytes(n), bytearray(n), int.from_bytes(n, 'big'), list(zip(d, n)), list(itertools.chain(d, n)))
s = {1}; s.update(n); l = [0]; l.extend(d); l[1:2] = d
print(s.issuperset(n), s.isdisjoint(n), l, divmod(*Deck([7, 2])), ExceptionGroup('eg', Deck([ValueError(1)])).exceptions)
# %%
class NoLen:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(list(NoLen()), 2 in NoLen(), [*NoLen()], bytes(NoLen()))
reversed(NoLen())
# %%
class NoContains:
    __contains__ = None
    def __getitem__(self, i): return i
1 in NoContains()
# %%
bytes(itertools.repeat('a'))
# %%
class BadIter:
    def __iter__(self): raise TypeError('inner')
for f in (lambda: bytes(BadIter()), lambda: 1 in BadIter(), lambda: print(*BadIter()), lambda: [*BadIter()], lambda: ''.join(BadIter())):
    try:
        f()
    except TypeError as e:
        print(e)
# %%
class L(list):
    def __iter__(self): return iter(['z'])
class B:
    def __bytes__(self): return b'\x01\x02'
print(''.join(L(['a', 'b'])), int.from_bytes(B(), 'big'))
# %%
for f in (lambda: print(*5), lambda: [*5], lambda: 1 in 5, lambda: bytes(5.0), lambda: ''.join(5)):
    try:
        f()
    except TypeError as e:
        print(e)
