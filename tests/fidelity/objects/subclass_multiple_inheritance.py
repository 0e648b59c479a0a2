# Multiple inheritance with built-in bases: best_base, layout conflicts, mixins, __slots__ on list and int subclasses.

class Base:
    def hello(self):
        return "hello from " + type(self).__name__
class ML(Base, list):
    pass
class LM(list, Base):
    pass
ml = ML([1]); lm = LM([2])
print(ml.hello(), lm.hello(), ML.__mro__, LM.__mro__)
print(ML.__basicsize__, LM.__basicsize__, ML.__base__, LM.__base__)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(int, str):
        pass
except TypeError as e:
    print(e)
class Mixin:
    __slots__ = ()
    def total(self):
        return sum(self)
class TotalTuple(Mixin, tuple):
    __slots__ = ()
tt = TotalTuple((1, 2, 3))
print(tt.total(), tt, hasattr(tt, '__dict__'))
# %%
class Stack(list):
    __slots__ = ('limit',)
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def push(self, x):
        if len(self) >= self.limit:
            raise OverflowError("full")
        self.append(x)
import sys
s = Stack(2)
s.push(1); s.push(2)
try:
    s.push(3)
except OverflowError as e:
    print("error:", e)
print(s, s.limit, sys.getsizeof(Stack(1)), Stack.__basicsize__, Stack.__dictoffset__, Stack.__weakrefoffset__)
try:
    s.other = 1
except AttributeError as e:
    print(e)
try:
    class BadInt(int):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
class OkInt(int):
    __slots__ = ()
print(sys.getsizeof(OkInt(5)), OkInt.__basicsize__, OkInt.__dictoffset__)
