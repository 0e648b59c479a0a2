# weakref.ref's __new__ ignores keyword arguments but its __init__ refuses them, so
# ref(obj, callback=f) raises TypeError; subclasses with their own __init__ may take keywords.
# %%
import weakref
class O:
    pass
o = O()
try:
    weakref.ref(o, callback=print)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(o))
# %%
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
t = Tagged(o, tag="kept")
print(t.tag, t() is o)
