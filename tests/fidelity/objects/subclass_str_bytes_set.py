# Subclassing str (legacy string sizes), bytes, set and frozenset.
import sys, gc, weakref

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), type(n.upper()), n == 'bob', hash(n) == hash('bob'), n + 'x', type(n + 'x'))
print(sys.getsizeof(n), sys.getsizeof(Name()), sys.getsizeof(Name('h\xe9')), Name.__basicsize__, Name.__dictoffset__, Name.__weakrefoffset__)
print(str(n), type(str(n)), len(n), n[0], type(n[0]), 'o' in n, {n: 1}['bob'])
print(f"{n}", "%s" % n, n.title())
# %%
class B(bytes):
    pass
b = B(b'abc')
print(b, type(b), sys.getsizeof(b), sys.getsizeof(B()), B.__basicsize__, B.__dictoffset__, b == b'abc', b[0], b[:2], type(b[:2]))
class S(set):
    pass
s = S([1, 2, 3])
print(s, type(s), len(s), 2 in s, s | {4}, type(s | {4}), sys.getsizeof(s), S.__basicsize__, S.__dictoffset__, S.__weakrefoffset__)
class F(frozenset):
    pass
f = F('ab')
print(sorted(f), type(f), f == frozenset('ab'), hash(f) == hash(frozenset('ab')), repr(F()), repr(S()))
w = weakref.ref(s)
print(w() is s)
del s
print(w())
