# The operators of str, list, tuple, bytes, bytearray and deque are dunder methods too: sq_concat,
# sq_repeat and their in-place forms appear as __add__, __mul__/__rmul__, __iadd__ and __imul__.
# %%
print('spam'.__add__('eggs'), [1, 2].__mul__(2), (0,).__rmul__(3))
print(b'ab'.__mul__(2), bytearray(b'x').__add__(b'yz'))
print(str.__add__, list.__rmul__)
print(repr([].__iadd__).startswith("<method-wrapper '__iadd__' of list object at 0x"))
# %%
nums = [1, 2]
same = nums.__iadd__(range(3))
print(same is nums, nums)
print(nums.__imul__(2) is nums, len(nums))
# %%
for expr in ["[1].__add__(5)", "'a'.__mul__('b')", "(1,).__add__([2])", "b'a'.__add__('x')",
             "[1].__iadd__(5)", "[1].__mul__(2 ** 100)", "[1].__mul__(1, 2)", "list.__add__((1,), [2])"]:
    try:
        eval(expr)
    except (TypeError, OverflowError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
# %%
import collections
d = collections.deque('ab')
print(d.__add__(collections.deque('c')), d.__mul__(2), d.__iadd__('xy') is d, d)
print([k for k in ('__add__', '__mul__', '__rmul__', '__iadd__', '__imul__') if k in vars(collections.deque)])
# %%
class Stack(list):
    def __add__(self, other):
        return Stack(super().__add__(other))
    def __mul__(self, n):
        return Stack(super().__mul__(n))
    __rmul__ = __mul__
    def __iadd__(self, other):
        print("extending by", len(other))
        return super().__iadd__(other)

s = Stack([1]) + [2]
s += [3, 4]
print(type(s).__name__, s, type(2 * s).__name__, s * 2)
class Shout(str):
    def __add__(self, other):
        return Shout(super().__add__(other).upper())
print(Shout('hi ') + 'there', 'x' + Shout('y'))
