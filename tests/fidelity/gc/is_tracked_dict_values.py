# Dicts start untracked, become tracked when a value or key that may be tracked goes in, and only a
# full collection untracks them again (untrack_dicts), looking at the values' tracking then.
# %%
import gc
d = {}
print(gc.is_tracked(d))
d['t'] = tuple(range(3))
print(gc.is_tracked(d), gc.is_tracked(d['t']))
gc.collect(0)
print(gc.is_tracked(d), gc.is_tracked(d['t']))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
# %%
e = {1: 'a'}
e[(1, 2)] = 'b'
print(gc.is_tracked(e))
k = {}
k['list'] = []
k['list'] = 0
print(gc.is_tracked(k))
gc.collect()
print(gc.is_tracked(e), gc.is_tracked(k))
f = {'inner': {}}
print(gc.is_tracked(f))
