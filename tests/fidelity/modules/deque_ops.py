# deque operations: both ends, maxlen trimming, indexing, insert/remove through rotation, repr,
# comparisons and the errors CPython raises.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
# %%
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.insert(2, 'x')
d.remove(2)
del d[0]
d[0] = 'first'
print(d, d.index('x'), d.count('a'), 'b' in d, 99 in d)
d.reverse()
print(d, list(reversed(d)))
# %%
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(100, 105))
print(m, len(m))
print(deque('abc', 0), deque(maxlen=2))
# %%
a = deque([1, 2])
b = a.copy()
print(a == b, a is b, a + deque([3]), a * 3, deque([1, 2]) < deque([1, 3]), a != deque([1]))
a += [5, 6]
a *= 2
print(a)
a.clear()
print(a, bool(a), bool(b))
# %%
nested = deque([1])
nested.append(nested)
print(nested)
# %%
for expr in ["deque().pop()", "deque().popleft()", "deque([1])[5]", "deque([1]).remove(7)",
             "deque([1]).index(7)", "hash(deque())", "deque(maxlen=-1)", "deque([1])['a']",
             "deque([1], maxlen=1).insert(0, 2)", "deque([1]) + [2]"]:
    try:
        eval(expr)
    except Exception as exc:
        print(expr, '->', type(exc).__name__ + ':', exc)
# %%
it = iter(d)
d.append(1)
try:
    next(it)
except RuntimeError as exc:
    print(type(exc).__name__, exc)
