# weakref's dictionaries derive from collections.abc.MutableMapping and WeakSet is registered as a
# MutableSet, so they pass ABC checks, compare as Mappings and take subscripted generics.
# %%
import weakref, collections.abc
class O:
    pass
a, b = O(), O()
d = weakref.WeakValueDictionary(x=a)
k = weakref.WeakKeyDictionary({a: 1})
ws = weakref.WeakSet([a, b])
print(weakref.WeakValueDictionary.__mro__[1:3])
print(isinstance(d, collections.abc.MutableMapping), isinstance(k, collections.abc.Mapping),
      isinstance(ws, collections.abc.MutableSet), issubclass(weakref.WeakSet, collections.abc.Set))
# %%
print(d == {"x": a}, k == {a: 1}, d != weakref.WeakValueDictionary(y=b))
print(sorted(d | {"y": b}), weakref.WeakValueDictionary[str, O], weakref.WeakKeyDictionary[O, int])
print(list(d.items())[0][1] is a, "x" in d.keys(), len(list(d.values())))
