# Which objects the collector tracks in 3.11: containers, functions, classes, modules, instances
# (even with empty __slots__), bound methods and cells; never atoms such as int, str, float, range.
# %%
import gc
class Plain:
    pass
class Slotted:
    __slots__ = ()
    def m(self):
        pass
def f():
    pass
def outer():
    x = 1
    def inner():
        return x
    return inner
s = Slotted()
print(gc.is_tracked(Plain()), gc.is_tracked(s), gc.is_tracked(s.m), gc.is_tracked(f))
print(gc.is_tracked(Plain), gc.is_tracked(gc), gc.is_tracked(outer().__closure__[0]))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(1.5), gc.is_tracked(range(3)), gc.is_tracked(None))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked([]), gc.is_tracked(b'b'), gc.is_tracked(object()))
