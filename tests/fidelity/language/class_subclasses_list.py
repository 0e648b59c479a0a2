# type.__subclasses__() lists the live direct subclasses in creation order; a collected class leaves.
# %%
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
del C
import gc
print(gc.collect() > 0, A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
class E(A): pass
