class Empty: pass
class A:
    pass
class B(A):
    attr = 1
    def method(self):
        return self.attr
class C(A, B, metaclass=Meta, **kw):
    class Nested:
        pass
class D():
    """Doc."""
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __del__(self):
        print("deleted")
    @property
    def value(self):
        return self.a
