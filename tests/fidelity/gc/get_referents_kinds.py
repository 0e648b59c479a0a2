# gc.get_referents lists what each type's tp_traverse visits, in its order: tuples and lists from
# the last item to the first, dicts value before key (keys only when not all str), sets by slot.
# %%
import gc
print(gc.get_referents((1, 'two', 3.0)))
print(gc.get_referents([None, True, 'x']))
print(gc.get_referents({'a': 1, 'b': 2}))
print(gc.get_referents({1: 'one', 2: 'two'}))
print(sorted(gc.get_referents({5, 6, 7})), sorted(gc.get_referents(frozenset('ab'))))
# %%
class P:
    __slots__ = ('x', 'y')
p = P()
p.x = 'ex'
p.y = 'why'
print([r for r in gc.get_referents(p) if r is not P], P in gc.get_referents(p))
def outer():
    v = 'captured'
    def inner():
        return v
    return inner
fn = outer()
cells = [r for r in gc.get_referents(fn.__closure__)]
print(len(cells), type(cells[0]).__name__, gc.get_referents(cells[0]))
