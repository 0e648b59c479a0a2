# __slots__ removes the per-instance dict: smaller objects and AttributeError for unknown names.
# %%
import sys
class WithDict:
    def __init__(self):
        self.a = 1
        self.b = 2
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
d, s = WithDict(), WithSlots()
print(sys.getsizeof(d), sys.getsizeof(s))
print(hasattr(d, "__dict__"), hasattr(s, "__dict__"))
print(d.__dict__)
# %%
try:
    s.c = 3
except AttributeError as e:
    print(e)
# %%
e = WithSlots.__new__(WithSlots)
try:
    e.a
except AttributeError as err:
    print(err)
# %%
print(type(WithSlots.a).__name__)
print(WithSlots.__slots__)
class Child(WithSlots):
    pass
c = Child()
c.extra = 1
print(c.extra, sys.getsizeof(c) > sys.getsizeof(s))
# %%
class Empty:
    __slots__ = ()
print(sys.getsizeof(Empty()))
try:
    Empty().x = 1
except AttributeError as err:
    print(err)
