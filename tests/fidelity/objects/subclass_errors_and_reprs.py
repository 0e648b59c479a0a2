# Built-in subclass construction errors, base methods that return base or subclass types, repr/str overrides.

class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class St(set): pass
for thunk in [lambda: L(1, 2), lambda: L(x=1), lambda: D(1, 2), lambda: I('z'), lambda: T(x=1),
              lambda: object.__new__(L), lambda: int.__new__(L), lambda: list.__new__(I),
              lambda: St(1, 2), lambda: St(a=1), lambda: I(1.5, 2)]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
# %%
print(type(D.fromkeys('ab')), D.fromkeys('ab', 0), type(D(a=1).copy()), type(L([1]).copy()))
print(type(reversed(L([1, 2]))).__name__, list(reversed(L([1, 2]))), type(sorted(L([2, 1]))))
print(L([1]).__class__, I(3).__class__.__mro__, S('a').__class__.__base__)
print(I(5) + I(6), type(I(5) + I(6)), -I(5), type(-I(5)), I(True), I('12', 8), I(' 7 '))
print(S('ab') * 2, type(S('ab') * 2), S(12), S([1]), type(S()), S() == '', repr(S('it\'s')))
print(T(), T() == (), T() is (), type(T()), T('ab'), T(range(3)))
print(float.__new__(type('FF', (float,), {}), '1.5'), str.__new__(S, 5), type(str.__new__(S, 5)))
# %%
import sys
class Fancy(list):
    def __repr__(self):
        return 'Fancy' + super().__repr__()
    def __str__(self):
        return 'str-fancy'
f = Fancy([1, Fancy([2])])
print(f, repr(f), str(f), [f], f'{f!r}')
class Num(int):
    def __repr__(self):
        return f'Num({int(self)})'
    def __add__(self, other):
        return Num(int(self) + int(other))
    __radd__ = __add__
print(Num(1) + 2, 2 + Num(1), sum([Num(1), Num(2)]), Num(3) * 2)
print(bool(L()), bool(L([0])), bool(I(0)), bool(S('')), not D())
