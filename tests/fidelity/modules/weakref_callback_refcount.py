# Weakref callbacks run when the referent dies by refcount, newest first.
# %%
import weakref
class C:
    pass
log = []
c = C()
refs = [weakref.ref(c, lambda r, i=i: log.append(i)) for i in range(3)]
print(weakref.getweakrefcount(c), refs[0] is refs[1])
del c
print(log, [r() for r in refs])
# %%
def report(ref):
    print('callback got dead ref:', ref() is None, ref is keeper)
obj = C()
keeper = weakref.ref(obj, report)
obj = None
print('after')
