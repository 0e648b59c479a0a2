# Descriptors of built-in types carry __name__, __objclass__ (descr_members) and __qualname__
# (type.__qualname__ + '.' + name, computed once and kept); method and slot wrappers add __doc__ and
# __text_signature__ from their internal doc's "sig\n--\n\n" head, None without one.
# %%
for method in (str.upper, str.lower, str.title):
    print(method.__name__, method.__qualname__, method.__objclass__, method("hello world"))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__qualname__)
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__, list.append.__qualname__)
print(dict.__dict__['fromkeys'].__qualname__, dict.fromkeys.__qualname__, str.maketrans.__qualname__)
print(list.append.__qualname__ is list.append.__qualname__, (1).__add__.__name__ == '__add__')
# %%
# Slot wrappers take their docs from slotdefs; a sequence's in-place slot has its own wording.
for w in (int.__add__, int.__radd__, float.__pow__, int.__neg__, list.__iadd__, set.__ior__, object.__init__, list.__len__):
    print(w.__qualname__, repr(w.__doc__), w.__text_signature__)
print((1).__add__.__objclass__, (1).__add__.__doc__, (1).__add__.__text_signature__)
print(int.__new__.__qualname__, int.__new__.__text_signature__, repr(int.__new__.__doc__))
# %%
# Module functions whose C doc opens with a signature head.
import heapq, bisect
print(repr(heapq.heappush.__doc__), heapq.heappush.__text_signature__)
print(bisect.bisect_right.__text_signature__, heapq.heappop.__text_signature__, repr(heapq.heappop.__doc__))
# %%
# A bound builtin method names the type of its self; a classmethod the class it is bound to.
class L(list): pass
class D(dict): pass
print(L().append.__qualname__, [].append.__qualname__, L.append.__qualname__, True.bit_length.__qualname__)
print(D.fromkeys.__qualname__, len.__qualname__, len.__module__)
# %%
# Members of __slots__ and a class's __dict__ / __weakref__ getsets; a nested class's qualname.
class Outer:
    class S:
        __slots__ = ('x',)
    class A: pass
S, A = Outer.S, Outer.A
print(S.x, S.x.__name__, S.x.__qualname__, S.x.__objclass__.__name__, S.x.__doc__)
print(A.__dict__['__dict__'].__qualname__, repr(A.__dict__['__dict__'].__doc__), repr(A.__dict__['__weakref__'].__doc__))
import gc
print(gc.get_referents(S.x) == [S])
try:
    S.x.__set__(1, 2)
except TypeError as e:
    print('TypeError', e)
# %%
# The descriptor types' own attributes: members, then getsets.
for t in (type(list.append), type(int.__add__), type(int.real), type(S.x), type((1).__add__), type(len)):
    print(t.__name__, [(k, type(v).__name__) for k, v in vars(t).items()
                       if k in ('__objclass__', '__name__', '__qualname__', '__doc__', '__text_signature__', '__self__', '__module__')])
print(type(list.append).__dict__['__name__'], type(list.append).__dict__['__qualname__'])
print(['__hash__' in vars(t) for t in (type(list.append), type(int.__add__), type(int.real), property, staticmethod, classmethod, type((1).__add__))])
try:
    list.append.__name__ = 'x'
except AttributeError as e:
    print('AttributeError', e)
# %%
print(sorted(set(dir(list.append)) - set(dir(object))))
print(sorted(set(dir((1).__add__)) - set(dir(object))))
print(sorted(set(dir(len)) - set(dir(object))))
# %%
# property's fget/fset/fdel and staticmethod/classmethod's __func__/__wrapped__ are READONLY members;
# property's __doc__ is a writable one.
class C:
    @property
    def x(self):
        "doc of x"
        return 1
    @staticmethod
    def s(): pass
p, sm = C.__dict__['x'], C.__dict__['s']
print(property.__dict__['fget'], property.__dict__['__doc__'], staticmethod.__dict__['__func__'], classmethod.__dict__['__wrapped__'])
print(p.__doc__, p.fget.__name__, p.fset, sm.__func__.__name__, property.fdel.__qualname__)
p.__doc__ = 'new'
print(p.__doc__)
del p.__doc__
print(p.__doc__)
for target, attr in ((p, 'fget'), (sm, '__func__')):
    try:
        setattr(target, attr, None)
    except AttributeError as e:
        print(attr, e)
# %%
# Method, member and slot-wrapper descriptors and method-wrappers reduce to getattr(owner, name),
# so copy gives them back.
import copy
print(list.append.__reduce__(), int.__add__.__reduce__()[1], S.x.__reduce__()[1], (5).__add__.__reduce__()[1])
print(copy.copy(list.append) is list.append, copy.deepcopy({'f': str.upper})['f'] is str.upper, copy.copy((5).__add__)(1))
print('__reduce__' in vars(type(int.real)), '__reduce__' in vars(type(dict.__dict__['fromkeys'])))
