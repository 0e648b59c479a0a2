# Which objects the collector tracks: atoms never; instances, classes, functions, lists, sets always.
# %%
import gc
class C:
    pass
class Slotted:
    __slots__ = ()
def f():
    pass
print([gc.is_tracked(o) for o in (1, 10 ** 30, 'text', 1.5, None, True, (), b'x', range(3), object())])
print([gc.is_tracked(o) for o in (C(), Slotted(), C, f, len, [], set(), frozenset({1}), lambda: 0)])
