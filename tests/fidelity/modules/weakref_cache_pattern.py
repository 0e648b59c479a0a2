# A weak-value cache hands out the same object while someone holds it, and rebuilds it afterwards.
# %%
import sys
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name

_cache = weakref.WeakValueDictionary()

def load(name):
    image = _cache.get(name)
    if image is None:
        image = Image(name)
        _cache[name] = image
    return image
# %%
a = load('logo')
b = load('logo')
print(a is b, Image.loads, len(_cache), sys.getrefcount(a))
# %%
del a, b
print(len(_cache), 'logo' in _cache)
c = load('logo')
print(Image.loads, list(_cache.keys()), c.name)
# %%
print(sorted(_cache.items())[0][1] is c, list(_cache.values())[0] is c)
_cache.clear()
print(len(_cache), c.name)
