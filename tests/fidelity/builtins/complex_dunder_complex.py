# complex(x) calls x.__complex__() first (try_complex_special_method), which must return a complex;
# complex.__complex__ returns self for an exact complex, a new complex for a subclass.
# %%
class C:
    def __complex__(self):
        return 3 + 4j
print(complex(C()), complex(C(), 2), abs(complex(C())))
class WithFloat:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
print(complex(WithFloat()))
z = 1 + 2j
print(z.__complex__() is z, complex.__complex__(z))
class Sub(complex):
    pass
s = Sub(1, 2)
print(type(s.__complex__()).__name__, s.__complex__(), complex(s), type(complex(s)).__name__)
# %%
class Bad:
    def __complex__(self):
        return 1.5
complex(Bad())
# %%
class ReturnsSub:
    def __complex__(self):
        return Sub(5, 6)
r = complex(ReturnsSub())
print(r, type(r).__name__)
# %%
class NoNumber:
    pass
complex(NoNumber())
