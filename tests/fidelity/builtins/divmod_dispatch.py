# divmod() dispatches nb_divmod as binary_op1 dispatches +: a class's __divmod__/__rdivmod__ (also on
# int and float subclasses), the reflected method first for a subclass that overrides it, and
# NotImplemented from both sides a TypeError.
# %%
class I(int):
    def __rdivmod__(self, other):
        return ('I.__rdivmod__', other, int(self))
    def __divmod__(self, other):
        return ('I.__divmod__', int(self), other)
print(divmod(5, I(3)))
print(divmod(I(7), 2))
print(divmod(I(7), I(2)))
class V:
    def __init__(self, v): self.v = v
    def __divmod__(self, other):
        print('V.__divmod__', type(other).__name__)
        return NotImplemented if not isinstance(other, (int, V)) else (self.v, other)
    def __rdivmod__(self, other):
        print('V.__rdivmod__', type(other).__name__)
        return ('r', other)
class W(V):
    def __rdivmod__(self, other):
        print('W.__rdivmod__', type(other).__name__)
        return ('W', other.v)
print(divmod(V(1), 2))
print(divmod(2, V(1)))
print(divmod(V(1), W(5)))
print(divmod(V(1), V(2))[0])
try:
    divmod(V(1), 'x')
except TypeError as e:
    print('TypeError', e)
try:
    divmod('x', 2)
except TypeError as e:
    print('TypeError', e)
class OnlyR:
    def __rdivmod__(self, other): return ('onlyr', other)
print(divmod(10, OnlyR()))
try:
    divmod(OnlyR(), 10)
except TypeError as e:
    print('TypeError', e)
print(divmod(7, 2.0), divmod(7.5, 2), divmod(True, 2))
class F(float):
    def __rdivmod__(self, other): return 'F.r'
print(divmod(1.5, F(2.0)), divmod(1, F(2.0)))
print(I.__divmod__(I(7), 3), int.__rdivmod__(3, 10))
