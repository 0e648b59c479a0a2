# weakref.finalize runs its callback once, when the object dies or when called.
# %%
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, 'finalized', 'resource')
print(f.alive)
del r
print(f.alive, f())
# %%
s = Resource()
g = weakref.finalize(s, lambda x: x * 2, 21)
print(g(), g(), g.alive)
print(g.detach())
del s
print('done')
