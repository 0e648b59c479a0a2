class Meta(type):
    def __new__(metacls, name, bases, ns, *, flag=False, **kw):
        print('Meta.__new__', metacls.__name__, name, flag, sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(metacls, name, bases, ns, **kw)
        cls.flag = flag
        return cls
class Base(metaclass=Meta):
    pass
Dyn = type('Dyn', (Base,), {'x': 1}, flag=True)
print(type(Dyn).__name__, Dyn.flag, Dyn.x, Dyn.__mro__[1].__name__)
Plain = type('Plain', (Base,), {})
print(type(Plain).__name__, Plain.flag)
class M2(type):
    pass
class Other(metaclass=M2):
    pass
type('Both', (Base, Other), {})
