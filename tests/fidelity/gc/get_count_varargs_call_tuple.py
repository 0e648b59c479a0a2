# METH_VARARGS built-ins (max/min, sys.getsizeof, str.find/count/startswith/format, dict.update,
# set.union/update...) have no vectorcall: each call packs its arguments into a new tuple (and
# keywords into a dict) that lives during the call: counted after a full collection empties the
# free lists, and seen as one more reference by a key function.
import gc, sys
res = []
f = lambda v: v
d = {}
s = {1}
def probe(name, fn):
    gc.collect()
    a = gc.get_count()[0]
    fn()
    b = gc.get_count()[0]
    fn()
    c = gc.get_count()[0]
    res.append((name, b - a, c - b))
probe('max key', lambda: max([1, 2], key=f))
probe('max', lambda: max(1, 2))
probe('min', lambda: min([1, 2]))
probe('getsizeof default', lambda: sys.getsizeof(1, 0))
probe('getsizeof', lambda: sys.getsizeof(1))
probe('startswith', lambda: 'ab'.startswith('a'))
probe('find', lambda: 'ab'.find('b'))
probe('count', lambda: 'abb'.count('b'))
probe('format', lambda: '{} {x}'.format(1, x=2))
probe('dict.update', lambda: d.update(a=1))
probe('dict.update2', lambda: d.update({'b': 2}))
probe('set.union', lambda: s.union([2]))
probe('set.update', lambda: s.update([3]))
probe('frozenset.union', lambda: frozenset(s).union([2]))
probe('b.startswith', lambda: b'ab'.startswith(b'a'))
for r in res:
    print(r)
x = object()
print(max([x], key=sys.getrefcount) is x)
print(sys.getrefcount(x), max(x, x, key=lambda o: sys.getrefcount(o)) is x)
def rc(o):
    return sys.getrefcount(o)
print(max([x, x], key=rc) is x, [rc(x) for _ in range(1)], sorted([x], key=rc)[0] is x)
print(max(x, x, key=lambda o: res.append(sys.getrefcount(o)) or 1) is x, res[-2:])
