# gc.get_referents(cls) is type_traverse: tp_dict, tp_mro, tp_bases, then tp_base, which is visited
# even when it is a built-in type (object, list, Exception); a heap metaclass comes first
# (subtype_traverse visits the object's type).
# %%
import gc
def kinds(cls):
    return [r if isinstance(r, type) else type(r).__name__ for r in gc.get_referents(cls)]
class A: pass
class B(list): pass
class C(A): pass
class E(KeyError): pass
class M(type): pass
class K(metaclass=M): pass
class K2(K, dict): pass
for cls in (A, B, C, E, K, K2):
    print(cls.__name__, kinds(cls))
# %%
# ... so the built-in base lists its subclasses among its referrers.
print(sorted(r.__name__ for r in gc.get_referrers(object) if isinstance(r, type) and r.__module__ == '__main__'))
print(sorted(r.__name__ for r in gc.get_referrers(list, dict, KeyError) if isinstance(r, type) and r.__module__ == '__main__'))
