# Diamond inheritance: C3 method resolution order and cooperative super().
# %%
class Base:
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
# %%
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
class Bad(A, B): pass
