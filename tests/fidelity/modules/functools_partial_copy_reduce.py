# functools.partial: __reduce__/__setstate__ (copy.copy and deepcopy rebuild it), flattening, Struct weak references
import struct, weakref, sys, functools, copy
s = struct.Struct('<i')
r = weakref.ref(s)
print(r() is s, struct.Struct.__weakrefoffset__, sys.getsizeof(s))
p = functools.partial(max, 1)
q = copy.copy(p)
print(q(5), q is not p, q.func is p.func, repr(p)[:25])
print(functools.partial(functools.partial(pow, 2), 3)())
d = copy.deepcopy(functools.partial(sorted, [3, 1], reverse=True))
print(d(), d.keywords, d.args)
p.attr = 1
print(copy.copy(p).attr, p.__reduce__()[0].__name__, len(p.__reduce__()[2]))
try:
    p.__setstate__((1, 2, 3, 4))
except TypeError as e:
    print(e)
