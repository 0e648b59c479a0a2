# Messages of argument checks (module functions are named "module.name"), str() converters, property names
import sys, gc, operator, math
for call in (lambda: sys.getrefcount(), lambda: sys.intern(), lambda: gc.isenabled(1),
             lambda: gc.isenabled(x=1), lambda: len(), lambda: [].append(), lambda: [].append(x=1),
             lambda: operator.neg(), lambda: math.sqrt(), lambda: gc.is_tracked(), lambda: abs()):
    try:
        call()
    except TypeError as e:
        print(e)
for call in (lambda: str(1, 2), lambda: str(b'a', 'utf-8', 3), lambda: str(1, errors=2),
             lambda: str(b'a', encoding=None), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8')):
    try:
        call()
    except TypeError as e:
        print(e)
print(str(b'ab', 'utf-8'), str(b'cd', errors='strict'))

# %%
def f(self):
    return 1
class C:
    pass
C.x = property(f)
class D:
    @property
    def y(self):
        return 2
    z = property(f)
    w = property(lambda self: 3).setter(None)
for target, name in ((C(), 'x'), (D(), 'y'), (D(), 'z'), (D(), 'w')):
    for op in (setattr, delattr):
        try:
            op(target, name, 5) if op is setattr else op(target, name)
        except AttributeError as e:
            print(e)
p = property(f)
p.__set_name__(C, 'named')
for obj in (C(), D()):
    try:
        p.__set__(obj, 1)
    except AttributeError as e:
        print(e)
q = p.getter(lambda self: 4)
try:
    q.__delete__(C())
except AttributeError as e:
    print(e)
try:
    property().__get__(C())
except AttributeError as e:
    print(e)
print(D().y, D().z, C().x, q.__get__(C()))
