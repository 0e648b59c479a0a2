class Meta(type):
    def __getattr__(cls, name):
        print('getattr', name)
        raise AttributeError(name)
    def __delattr__(cls, attr):
        print('delattr', attr, cls._tag)
        super().__delattr__(attr)
class A(metaclass=Meta):
    x = 1
    _tag = 'a'
print(A.x, A._tag, A.__name__, A.mro()[0].__name__)
del A.x
print(hasattr(A, 'x'), getattr(A, 'y', 'dflt'))
class B(A):
    z = 3
print(B.z, B._tag, type(B).__name__)
print(B.missing)
