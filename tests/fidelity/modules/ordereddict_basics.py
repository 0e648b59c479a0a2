# OrderedDict (a C dict subclass in 3.11) keeps a linked list of 32-byte nodes, each holding a
# reference to its key, plus an array of node pointers sized like the dict's key table.
import gc
import sys
from collections import OrderedDict
od = OrderedDict()
print(od, sys.getsizeof(od), gc.is_tracked(od))
sizes = []
for i in range(12):
    od[i] = i * i
    sizes.append(sys.getsizeof(od))
print(sizes)
# %%
key = 'a fresh key string'
key = key.upper()
print(sys.getrefcount(key))
plain = {key: 1}
print(sys.getrefcount(key))
ordered = OrderedDict(plain)
print(sys.getrefcount(key))
del ordered[key]
print(sys.getrefcount(key))
# %%
o = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
o.move_to_end('x')
print(o, list(o), list(o.keys()), list(o.values()))
o.move_to_end('z', last=False)
print(o.items(), o.keys(), o.values())
print(o.popitem(), o.popitem(last=False), o)
# %%
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a == dict(b), dict(a) == b, a != b)
c = a.copy()
c['c'] = 3
print(c, type(c).__name__, a)
print(c.pop('a'), c.pop('zz', 'dflt'), c.setdefault('q', 9), c)
c.update([('k', 1)], m=2)
print(c, len(c), 'k' in c)
c.clear()
print(c, sys.getsizeof(c))
# %%
for expr in ["OrderedDict().popitem()", "OrderedDict(a=1).move_to_end('b')", "OrderedDict(a=1)['b']",
             "OrderedDict([1, 2], [3])"]:
    try:
        eval(expr)
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
m = OrderedDict(a=1, b=2)
try:
    for k in m:
        m['new'] = 1
except RuntimeError as exc:
    print(type(exc).__name__, exc)
# %%
print(type(iter(m)).__name__, type(m.items()).__name__, type(m.keys()).__mro__[1].__name__)
for k, v in m.items():
    print(k, v)
print(list(reversed(list(m))))
