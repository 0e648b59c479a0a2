# getweakrefs lists the shared basic ref first, then the proxy, then refs with callbacks, newest first.
# %%
import weakref

class Target:
    pass

t = Target()
cb_ref1 = weakref.ref(t, lambda r: None)
proxy = weakref.proxy(t)
basic = weakref.ref(t)
cb_ref2 = weakref.ref(t, lambda r: None)
refs = weakref.getweakrefs(t)
print(weakref.getweakrefcount(t), len(refs))
print(refs[0] is basic, refs[1] is proxy, refs[2] is cb_ref2, refs[3] is cb_ref1)
print(weakref.proxy(t) is proxy, weakref.ref(t) is basic, weakref.ref(t, None) is basic)
print(weakref.getweakrefcount(1), weakref.getweakrefs('x'))
# %%
del refs, basic
print(weakref.getweakrefcount(t))
del t
print(cb_ref1(), cb_ref2(), weakref.getweakrefcount(cb_ref1))
