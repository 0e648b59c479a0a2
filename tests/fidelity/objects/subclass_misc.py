# Built-in subclasses: unacceptable bases and layout conflicts, float/str subclasses in built-in functions, __init_subclass__, finalize, WeakValueDictionary, class objects.
import math, weakref, gc
for base in (bool, range, type(None), slice, type(lambda: 0)):
    try:
        class X(base): pass
    except TypeError as e:
        print(e)
for bases in ((Exception, list), (list, Exception), (dict, set), (int, float), (str, bytes), (tuple, list)):
    try:
        X = type('X', bases, {})
        print('ok', X.__mro__)
    except TypeError as e:
        print(e)
# %%
class Temp(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
t = Temp(21.5)
print(t.fahrenheit, round(t), math.floor(t), f"{t:.1f}", int(t), t > 20, t == 21.5, abs(Temp(-1.0)), str(t), format(t, '>8'))
class Name(str):
    pass
names = [Name('b'), Name('a'), 'c']
print(sorted(names), ''.join(names), '-'.join([Name('x'), Name('y')]), Name('a b').split(), '%s!' % Name('q'), Name('a') < 'b', max(names))
d = {Name('k'): 1}
print(d['k'], 'k' in d, Name('k') in {'k': 2}, list(d)[0].__class__.__name__)
# %%
class Tracked(list):
    instances = 0
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
        super().__init_subclass__(**kw)
    def __init__(self, *a):
        super().__init__(*a)
        type(self).instances += 1
class Sub(Tracked): pass
s = Sub([1]); s2 = Sub()
print(Sub.instances, Tracked.instances, s, isinstance(s, Tracked), issubclass(Sub, list))
fin = weakref.finalize(s, print, "finalized")
del s
print("after del")
class Reg(dict): pass
wvd = weakref.WeakValueDictionary()
r = Reg(a=1)
wvd['r'] = r
print(len(wvd), wvd['r'] is r)
del r
print(len(wvd))
class Sized(list):
    def __sizeof__(self):
        return 1000
import sys
print(sys.getsizeof(Sized()))
# %%
import sys
class L(list): pass
class T(tuple): pass
class LS(list): __slots__ = ()
class C: pass
print(sys.getsizeof(L), sys.getsizeof(T), sys.getsizeof(LS), sys.getsizeof(C))
print(L in list.__subclasses__(), T in tuple.__subclasses__(), L.__subclasses__())
print(L.__dict__.keys(), T.__dict__.keys(), LS.__dict__.keys())
print(L.__weakref__, L.__dict__['__dict__'])
print(L.__flags__ & (1 << 9) != 0, L.__flags__ & (1 << 25) != 0, L.__flags__ & (1 << 4) != 0, T.__flags__ & (1 << 4) != 0)
