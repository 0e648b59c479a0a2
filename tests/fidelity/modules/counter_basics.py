# collections.Counter: a dict subclass counting hashables, with __missing__, most_common, elements,
# update/subtract and its repr sorted by count.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(Counter('aab').elements()))
print(Counter(), repr(Counter()), Counter(a=3, b=1), Counter({'x': 2, 'y': 5}))
print(isinstance(c, dict), type(c).__name__, Counter.__module__)
# %%
d = Counter(['x', 'y', 'x'])
d.update('xyz')
print(d)
d.update({'x': 10})
print(d)
d.subtract(['x', 'q'])
print(d)
d.subtract(z=5)
print(d)
del d['nothing']
del d['q']
print(d, d.copy() == d, type(d.copy()).__name__)
# %%
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
for word, n in wc.most_common(3):
    print(word, n)
wc['the'] += 1
print(wc['the'], dict(wc))
try:
    Counter.fromkeys('abc')
except NotImplementedError as exc:
    print('NotImplementedError:', exc)
