# Reprs of classes, builtins and other objects without addresses.
# %%
class C:
    pass

print(C, int, type(None), type, object)
print(repr(len), repr(print))
print(range(5), range(1, 10, 2), range(0))
print(None, True, False, ..., NotImplemented)
# %%
def f():
    pass
print(repr(f).startswith('<function f at 0x'), repr(lambda: 0).startswith('<function <lambda> at 0x'))
class D:
    def m(self):
        pass
print(repr(D.m).startswith('<function D.m at 0x'), repr(D().m).startswith('<bound method D.m of <__main__.D object at 0x'))
