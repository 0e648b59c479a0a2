# WeakKeyDictionary entries disappear when their keys die.
# %%
import weakref
class Key:
    pass
k1, k2 = Key(), Key()
meta = weakref.WeakKeyDictionary()
meta[k1] = 'first'
meta[k2] = 'second'
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta), list(meta.values()))
