# Class calls around the inline __init__ path: abstract classes, super(), *args/**kwargs, del self, finally, metaclass __call__, dataclasses, __slots__, lambdas, replaced __init__
import sys
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): pass
try:
    Base()
except TypeError as e:
    print(e)
class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2); print(q.x, q.y)
class V:
    def __init__(self, *args, **kw):
        self.args = args; self.kw = kw
v = V(1, 2, 3); print(v.args, v.kw)
v = V(1, k=2); print(v.args, v.kw)
class D:
    def __init__(self):
        del self
        print('deleted self local')
print(type(D()).__name__)
class Fin:
    def __del__(self):
        print('del', self.tag)
    def __init__(self, tag):
        self.tag = tag
        try:
            raise KeyError(tag)
        finally:
            print('finally', tag)
try:
    Fin('a')
except KeyError as e:
    print('KeyError', e)
class Meta(type):
    def __call__(cls, *a):
        print('meta call')
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(M(5).a)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: int = 3
print(DC(1), DC(1, 2))
class Slots:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
print(Slots(4).a)
class R:
    def __init__(self, n):
        self.n = n
        print(sys.getrefcount(R))
r = R(1)
print(sys.getrefcount(R))
def gen():
    yield R(2)
print(next(gen()).n)
class Lam:
    __init__ = lambda self, a: setattr(self, 'a', a)
print(Lam(9).a)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, m):
        super().__init__(m)
print(repr(E('x')))
class Changer:
    def __init__(self):
        Changer.__init__ = lambda self: print('replaced')
c1 = Changer(); c2 = Changer()
print(type(c2).__name__)
