# WeakValueDictionary entries disappear when their values die.
# %%
import weakref
class Item:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
a, b = Item('a'), Item('b')
cache['a'] = a
cache['b'] = b
print(len(cache), sorted(cache.keys()), cache['a'].name)
del a
print(len(cache), 'a' in cache, list(cache.keys()))
print(cache.get('a'), cache.get('b').name)
# %%
try:
    cache['a']
except KeyError as e:
    print('KeyError', e)
