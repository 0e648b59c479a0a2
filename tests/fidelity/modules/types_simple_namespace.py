# types (preloaded in CPython: importing it allocates nothing) names the built-in types; SimpleNamespace
# keeps keyword attributes in its own dict, repr namespace(k=v, ...), compares by dict, 24 bytes + GC head.
import types, sys, gc
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b, repr(ns))
ns.c = [1]
del ns.a
print(ns, vars(ns), ns.__dict__)
print(sys.getsizeof(ns), sys.getsizeof(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(b='x', c=[1]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    ns.zz
except AttributeError as e:
    print(e)
ns.me = ns
print(ns)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(sys) is types.ModuleType)
print(types.FunctionType, types.ModuleType, types.SimpleNamespace, types.NoneType, types.MappingProxyType)
m = types.ModuleType('mymod')
print(m, m.__name__)
print(gc.is_tracked(ns), sys.getrefcount(ns))
# %%
import gc
gc.collect()
c0 = gc.get_count()
n2 = types.SimpleNamespace(x=1)
c1 = gc.get_count()
print(c0, c1)
# %%
gc.collect()
c0 = gc.get_count()
import types
c1 = gc.get_count()
print(c0, c1)
