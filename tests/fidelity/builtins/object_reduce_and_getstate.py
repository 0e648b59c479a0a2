# object.__reduce_ex__ / __reduce__ / __getstate__ (typeobject.c with copyreg), and the '__doc__'
# type_ready puts in each built-in type's dict: dir() listings of types, instances and functions.
# %%
print(hasattr(object, '__reduce_ex__'), hasattr(object, '__reduce__'), hasattr(object, '__getstate__'))
print(len(dir(object)), '__doc__' in dir(int), '__doc__' in int.__dict__, type(int.__dict__['__doc__']).__name__)
print(object.__doc__)
print(int.__dict__['__doc__'] == int.__doc__, int.__dict__['__doc__'] is int.__doc__, repr(type(iter([])).__dict__['__doc__']))
print(dir(int)); print(dir(list)); print(dir(lambda: 0)); print(dir(dict)); print(dir(str))
# %%
class C:
    def __init__(self): self.a = 1
c = C()
print('__slotnames__' in C.__dict__, c.__getstate__(), C.__slotnames__)
print(dir(c))
print(object().__getstate__(), C.__new__(C).__getstate__())
rv = c.__reduce_ex__(2)
print(rv[0].__name__, rv[1], rv[2], rv[3:], rv[2] is c.__dict__)
rv = c.__reduce_ex__(1)
print(rv[0].__name__, rv[1], rv[2])
print(c.__reduce__()[1], object().__reduce_ex__(4)[1:])
# %%
class S:
    __slots__ = ('x', '__y', 'z')
    def __init__(self): self.x = 1; self.__y = [2]
s = S()
print(s.__getstate__(), S.__slotnames__)
print(s.__reduce_ex__(3)[1:])
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print('TypeError:', e)
class SD(S):
    __slots__ = ('__dict__',)
sd = SD(); sd.extra = 'e'
print(sd.__getstate__(), SD.__slotnames__)
# %%
class L(list): pass
class D(dict): pass
lv = L([1, 2]).__reduce_ex__(2)
print(lv[1], lv[2], type(lv[3]).__name__, list(lv[3]), lv[4])
dv = D(a=1).__reduce_ex__(2)
print(dv[1], dv[2], dv[3], type(dv[4]).__name__, list(dv[4]))
class I(int): pass
print(I(7).__reduce_ex__(2)[1:], (5).__reduce_ex__(2)[1])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2), R().__reduce_ex__(0))
class G:
    def __getstate__(self): return 'state'
print(G().__reduce_ex__(2)[2])
class N:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
print(N().__reduce_ex__(2)[0].__name__, N().__reduce_ex__(2)[1][1:])
for bad in ('x', 2.0):
    try:
        object().__reduce_ex__(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    iter([]).__getstate__(); (lambda: 0).__reduce_ex__(2)
except TypeError as e:
    print('TypeError:', e)
