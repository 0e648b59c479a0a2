# collections' module-level helpers of Lib/collections/__init__.py: the pure-Python OrderedDict's
# _Link (slots with a weakref) and reversible views, and the names it imports under a private name.
import collections
import collections.abc
import operator
print([n for n in dir(collections) if n.startswith('_') and not n.startswith('__') and n != '_is_mapping'])
L = collections._Link
print(L.__slots__, L.__module__, L.__qualname__, L.__mro__)
link = L()
link.key = 'k'
print(link.key, hasattr(link, '__dict__'))
od = collections.OrderedDict(a=1, b=2, c=3)
kv = collections._OrderedDictKeysView(od)
iv = collections._OrderedDictItemsView(od)
vv = collections._OrderedDictValuesView(od)
print(list(kv), list(reversed(kv)), list(reversed(iv)), list(reversed(vv)))
print(issubclass(type(kv), collections.abc.KeysView), type(reversed(vv)).__name__, len(iv))
print(collections._eq is operator.eq, collections._proxy.__name__)
