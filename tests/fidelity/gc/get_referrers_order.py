# gc.get_referrers scans generation 0, then 1, then 2, each from oldest to newest tracked object;
# untracked containers (a dict of atoms, an untracked tuple) are never found.
# %%
import gc
x = [42]
gc.collect()
a = [x]
b = {'k': x}
c = (x, 1)
d = [x, x]
names = {id(a): 'a', id(b): 'b', id(c): 'c', id(d): 'd'}
def who(obj):
    return [names[id(r)] for r in gc.get_referrers(obj) if id(r) in names]
print(who(x))
gc.collect(0)
e = [x]
names[id(e)] = 'e'
print(who(x))
# %%
gc.collect()
f = [x]
names[id(f)] = 'f'
print(who(x))
print(len(gc.get_referrers(42)) >= 0, gc.get_referrers())
