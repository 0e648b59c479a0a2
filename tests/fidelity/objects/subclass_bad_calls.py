# Misuse of built-in constructors and slot wrappers with subclasses: Python-style errors, classmethods building subclass instances.
class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class S(str): pass
class St(set): pass
class B(bytes): pass
tests = [lambda: list.__init__(5), lambda: list.__init__({}, [1]), lambda: L.__new__(5), lambda: int.__new__(I),
         lambda: tuple.__new__(T, 5), lambda: L.__init__(L(), 1, 2, 3), lambda: set.__init__(St(), 5),
         lambda: object.__new__(I), lambda: float.__new__(F, 'x'), lambda: dict.__init__(D(), 1),
         lambda: T.__new__(L), lambda: B(-1), lambda: I(I(3)), lambda: F(I(2)), lambda: S(S('z')),
         lambda: L(L([1])), lambda: D(D(a=1)), lambda: list.__new__(L).__class__, lambda: dict.__new__(D, 1, 2),
         lambda: I.from_bytes(b'\x01', 'big'), lambda: type(I.from_bytes(b'\x01', 'big')),
         lambda: D.fromkeys([1], 2), lambda: type(D.fromkeys([1]))]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
