# %% [markdown]
# # dir() and __dict__ / __class__ / __bases__ looked up as attributes
# object.__dir__ reads self.__dict__ and self.__class__, and merges each class's __dict__ and
# __bases__, all through getattr: a __getattribute__ (or a metaclass's) sees every lookup.

# %%
class A:
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
a = A()
a.x = 1
print(dir(a)[-3:])

# %%
class B:
    def __getattribute__(self, name):
        if name == '__dict__':
            return {'fake': 1}
        if name == '__class__':
            return int
        return object.__getattribute__(self, name)
d = dir(B())
print('fake' in d, 'bit_length' in d, '__getattribute__' in d)

# %%
class D:
    def __getattribute__(self, name):
        if name == '__dict__':
            return 5
        return object.__getattribute__(self, name)
print(dir(D())[:3])
class E:
    def __getattribute__(self, name):
        if name == '__class__':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
e = E(); e.q = 1
print(dir(e))

# %%
class Meta(type):
    def __getattribute__(cls, name):
        if name in ('__dict__', '__bases__'):
            print('meta get', name)
        return type.__getattribute__(cls, name)
class F(metaclass=Meta):
    y = 2
print(dir(F)[-2:])

# %%
class G:
    __slots__ = ('s',)
    def __getattribute__(self, name):
        print('G get', name)
        return object.__getattribute__(self, name)
print(dir(G())[-3:])

# %%
class H:
    z = 1
    def m(self): pass
h = H(); h.w = 2
print(object.__dir__(h)[:3], len(object.__dir__(h)) == len(set(object.__dir__(h))))
print(type.__dir__(H)[:4])
print(sorted(object.__dir__(H)) == sorted(set(dir(type)) | set(H.__dict__)))

# %%
import types
m = types.ModuleType('mm')
m.__dict__['__dir__'] = lambda: ['z', 'a']
print(dir(m), m.__dir__())
m2 = types.ModuleType('m2', 'doc')
m2.v = 1
print(m2.__dir__())
print(dir(m2))
print(types.ModuleType.__dir__.__doc__)
