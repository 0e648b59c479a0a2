# types.MappingProxyType(mapping): a read-only view of any mapping but a list or tuple; str() is the
# mapping's str, repr wraps it in mappingproxy(...).
import types, sys, gc
d = {'k': 1}
mp = types.MappingProxyType(d)
print(mp, mp['k'], len(mp), 'k' in mp, list(mp), mp.get('z', 0), dict(mp.items()))
d['j'] = 2
print(mp, sys.getsizeof(mp), sys.getrefcount(d))
try:
    mp['x'] = 1
except TypeError as e:
    print(e)
for bad in ([1], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
print(types.MappingProxyType(mapping={}))
print(type(int.__dict__) is types.MappingProxyType)
gc.collect()
a = gc.get_count()
m2 = types.MappingProxyType(d)
b = gc.get_count()
print(a, b)
print(repr(mp))
class A:
    x = 1
print(str(A.__dict__)[:1], repr(A.__dict__)[:14], A.__dict__['x'])
