# best_base with solid_base/extra_ivars: __slots__ classes, tuple subclasses with and without a dict, exception layouts.
class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class E: __slots__ = ()
class W: pass
for bases in ((A, B), (A, E), (A, W), (W, A), (A, list), (list, A), (E, list)):
    try:
        X = type('X', bases, {})
        print('ok', [c.__name__ for c in X.__mro__], X.__base__.__name__, X.__basicsize__)
    except TypeError as e:
        print(e)
class LA(list): __slots__ = ('x',)
class LB(list): pass
class LC(LA, LB): pass
print(LC.__base__, LC.__basicsize__, LC.__dictoffset__, LC.__weakrefoffset__)
lc = LC([1]); lc.x = 5; lc.y = 6
print(lc, lc.x, lc.y)
# %%
class T1(tuple): pass
class T2(tuple): pass
class N1(tuple): __slots__ = ()
class N2(tuple): __slots__ = ()
for bases in ((T1, T2), (N1, N2), (T1, N1), (N1, T1)):
    try:
        X = type('X', bases, {})
        print('ok', X.__base__.__name__, X.__basicsize__, X.__dictoffset__)
    except TypeError as e:
        print(e)
for bases in ((OSError, ValueError), (KeyError, IndexError), (Exception, object), (SyntaxError, OSError), (StopIteration, KeyError)):
    try:
        X = type('X', bases, {})
        print('ok', X.__base__.__name__, X.__basicsize__)
    except TypeError as e:
        print(e)
