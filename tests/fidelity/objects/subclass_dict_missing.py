# Subclassing dict: kwargs construction, tracking, __missing__ in d[k], a Counter-like class.

import sys, gc, weakref
class D(dict):
    pass
d = D(a=1, b=2)
print(d, type(d), isinstance(d, dict), d == {'a': 1, 'b': 2})
print(sys.getsizeof(D()), sys.getsizeof({}), D.__basicsize__, D.__dictoffset__, D.__weakrefoffset__)
print(gc.is_tracked(D()), gc.is_tracked({}), sys.getrefcount(d))
d.attr = 'x'
print(d.__dict__, d['a'])
r = weakref.ref(d)
del d
print(r())
# %%
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = v = key * 2
        return v
dd = Default()
print(dd['ab'], dd, 'ab' in dd, dd.get('zz'))
try:
    D()['nope']
except KeyError as e:
    print('KeyError', e)
# %%
class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1
    def __repr__(self):
        return 'Counter(' + dict.__repr__(self) + ')'
c = Counter("abracadabra")
print(c, len(c), sorted(c.items()))
print(dict(c), type(dict(c)), c.copy(), type(c.copy()))
