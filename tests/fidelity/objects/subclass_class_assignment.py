# __class__ assignment between compatible classes (list subclasses, __slots__ classes, plain classes with materialized dicts) and the layout errors.
class A(list): pass
class B(list): pass
class C(list): __slots__ = ()
a = A([1])
a.__class__ = B
print(type(a), a)
try:
    a.__class__ = C
except TypeError as e:
    print(e)
try:
    a.__class__ = list
except TypeError as e:
    print(e)
class P: pass
class Q: pass
p = P(); p.x = 1
p.__class__ = Q
print(type(p), p.x)
# %%
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b', 'c')
s = S1(); s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)
for target in (S3, P, int):
    try:
        s.__class__ = target
    except TypeError as e:
        print(e)
q = Q(); q.y = 2; q.z = 3
q.__class__ = P
q.w = 4
print(sorted(vars(q).items()), type(q).__name__)
try:
    (1).__class__ = A
except TypeError as e:
    print(e)
