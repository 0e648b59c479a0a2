# tp_base, tp_bases and tp_mro each hold the base class: creating a subclass adds 3 references to a static base.
import sys
a = sys.getrefcount(list), sys.getrefcount(dict), sys.getrefcount(int)
class L(list): pass
class D(dict): pass
class I(int): pass
b = sys.getrefcount(list), sys.getrefcount(dict), sys.getrefcount(int)
x = [L() for _ in range(3)]
c = sys.getrefcount(list), sys.getrefcount(L)
print([q - p for p, q in zip(a, b)], c[1])
del L, x
import gc; gc.collect()
print(sys.getrefcount(list) - a[0])
