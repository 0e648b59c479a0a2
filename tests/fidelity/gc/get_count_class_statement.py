# A class statement's GC allocations: its body function, __prepare__'s bound method and namespace,
# type()'s argument tuple, bases, the namespace copy, the type, its MRO, the __dict__/__weakref__
# descriptors, the weakref that add_subclass stores for the base (PyWeakref_NewRef: no argument
# tuple), the set_names copy and __init_subclass__'s bound method.
import gc
out = []
# %%
gc.collect()
class A:
    pass
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class B(A):
    def m(self):
        return 1
    def n(self):
        return 2
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class C(B, A):
    __slots__ = ('x',)
c = gc.get_count()
out.append(c)
# %%
print(out)
print(len(A.__subclasses__()), len(B.__subclasses__()))
