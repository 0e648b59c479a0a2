# A metaclass deriving from ABCMeta still computes __abstractmethods__ (ABCMeta.__new__ is inherited)
import abc
class M(abc.ABCMeta):
    pass
class P(metaclass=M):
    @abc.abstractmethod
    def f(self): ...
print(type(P).__name__, '__abstractmethods__' in P.__dict__, sorted(P.__abstractmethods__))
print(M.__new__ is abc.ABCMeta.__new__, '__new__' in abc.ABCMeta.__dict__, abc.ABCMeta.__new__ is type.__new__)
try:
    P()
except TypeError as e:
    print(e)
class Q(P):
    def f(self):
        return 1
print(Q().f(), Q.__abstractmethods__, isinstance(Q(), P))

# %%
class Probe:
    def __set_name__(self, owner, name):
        inst = owner()
        for i in range(2):
            try:
                print('during', inst.__abstractmethods__)
            except AttributeError as e:
                print('during', e)
class R(metaclass=abc.ABCMeta):
    probe = Probe()
print(R().__abstractmethods__, getattr(R(), '__abstractmethods__', 'absent'), R.__abstractmethods__)
