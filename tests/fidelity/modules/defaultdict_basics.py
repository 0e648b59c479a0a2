# defaultdict is a C-level dict subclass with one more field: it is 8 bytes bigger than a dict,
# tracked by the GC from creation, and __missing__ stores what the factory returns.
import gc
import sys
from collections import defaultdict
d = defaultdict(list)
print(d, sys.getsizeof(d), sys.getsizeof({}), gc.is_tracked(d), gc.is_tracked({}))
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, len(d), 'c' in d, d.default_factory)
# %%
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)
print(dict(counts) == counts, sorted(counts.items()), counts.get('zzz'), 'zzz' in counts)
print(isinstance(counts, dict), type(counts).__mro__)
# %%
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['x']
except KeyError as exc:
    print('KeyError', exc)
try:
    defaultdict(5)
except TypeError as exc:
    print('TypeError', exc)
# %%
f = defaultdict(set, {'x': {1}}, y={2})
print(f, f['z'], f.copy(), type(f.copy()).__name__)
f.default_factory = lambda: 'new'
print(f['w'], f.__missing__('v'), sorted(f))
# %%
class Factory:
    pass
fac = Factory()
print(sys.getrefcount(fac))
g = defaultdict(fac)
print(sys.getrefcount(fac))
del g
print(sys.getrefcount(fac))
# %%
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), len(t), len(t['a']))
gc.collect()
cyc = defaultdict(list)
cyc['self'].append(cyc)
del cyc
print(gc.collect())
