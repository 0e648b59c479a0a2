# Errors raised inside weakref.py / _weakrefset.py show those files' source lines and 3.11's carets.
# %%
import weakref
d = weakref.WeakKeyDictionary()
d['text'] = 1
# %%
weakref.WeakSet().add(5)
# %%
weakref.WeakValueDictionary()['k'] = 1
# %%
weakref.finalize(1, print)
# %%
weakref.WeakSet([1, 2])
# %%
weakref.WeakValueDictionary().pop('zz')
# %%
weakref.WeakKeyDictionary({'a': 1})
