# Plain instance 56 in 3.11 (managed dict pre-header); its materialized __dict__ 280; slots classes.
# %%
import sys
class C:
    pass

c = C()
print(sys.getsizeof(c))
c.a = 1
c.b = 2
print(sys.getsizeof(c))
print(sys.getsizeof(C().__dict__))
# %%
class S2:
    __slots__ = ('a', 'b')
class S1:
    __slots__ = ('a',)
class S0:
    __slots__ = ()
print(sys.getsizeof(S2()), sys.getsizeof(S1()), sys.getsizeof(S0()))
