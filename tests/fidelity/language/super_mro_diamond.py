# super() follows the MRO, so in a diamond every class's method runs exactly once.
# %%
class Base:
    def hello(self):
        print("Base")
class Left(Base):
    def hello(self):
        print("Left")
        super().hello()
class Right(Base):
    def hello(self):
        print("Right")
        super().hello()
class Bottom(Left, Right):
    def hello(self):
        print("Bottom")
        super().hello()
Bottom().hello()
print([k.__name__ for k in Bottom.__mro__])
# %%
class A:
    def __init__(self, **kw):
        print("A", kw)
        super().__init__()
class B(A):
    def __init__(self, b=0, **kw):
        print("B", b)
        super().__init__(**kw)
class C(A):
    def __init__(self, c=0, **kw):
        print("C", c)
        super().__init__(**kw)
class D(B, C):
    pass
_ = D(b=1, c=2, extra=3)
# %%
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print(e)
# %%
print(super(Left, Bottom()).hello.__qualname__)
print(isinstance(Bottom(), Right), issubclass(Bottom, Base))
