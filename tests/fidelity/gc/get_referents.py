# get_referents returns what tp_traverse visits (a list visits its items from last to first).
# %%
import gc
class C:
    pass
print(gc.get_referents([1, 'a', C]))
print(gc.get_referents((1, 'b', None)))
print(gc.get_referents({'k': [1]}), gc.get_referents({1: [2]}))
c = C()
c.x = [3]
print(gc.get_referents(c))
print(gc.get_referents(1, 'atom'), len(gc.get_referents([1], [2, 3])))
