# operator's function forms and its three callable types: itemgetter, attrgetter and methodcaller
# are small GC objects holding references to their arguments.
import gc
import sys
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul('ab', 2), operator.sub(5, 7), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.ge(2, 3), operator.not_([]), operator.truth('x'))
print(operator.neg(4), operator.abs(-3), operator.getitem([1, 2, 3], 1), operator.contains('abc', 'b'), operator.is_(None, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.mod(7, 3), operator.pow(2, 10), operator.index(7))
print(operator.add, operator.itemgetter is itemgetter)
# %%
rows = [('bob', 3), ('amy', 1), ('cat', 2)]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)), itemgetter(1, 0)(rows[0]))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter(slice(1, 2))('xyz'))
class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
    def scaled(self, k, offset=0):
        return self.x * k + offset
p = P(2, P(5))
print(attrgetter('x')(p), attrgetter('child.x')(p), attrgetter('x', 'child.x')(p))
print(attrgetter('x'), attrgetter('x', 'child.x'))
print(methodcaller('scaled', 3)(p), methodcaller('scaled', 3, offset=1)(p), methodcaller('upper')('abc'))
print(methodcaller('f', 1, k=2), methodcaller('g'))
# %%
key = 'some key'.upper()
print(sys.getrefcount(key))
g = itemgetter(key)
print(sys.getrefcount(key), gc.is_tracked(g), sys.getsizeof(g), sys.getsizeof(attrgetter('x')), sys.getsizeof(methodcaller('m')))
del g
print(sys.getrefcount(key))
# %%
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
for expr in ["operator.add(1)", "itemgetter()", "attrgetter(1)", "methodcaller()", "methodcaller(1)",
             "itemgetter(5)([1])", "attrgetter('nope')(1)", "operator.add(1, 'a')"]:
    try:
        eval(expr)
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
