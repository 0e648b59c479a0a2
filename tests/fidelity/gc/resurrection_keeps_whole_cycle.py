# When one member of a cycle is resurrected, everything it references survives too.
# %%
import gc
keep = []
class Saver:
    def __del__(self):
        keep.append(self)
class Plain:
    pass
gc.collect()
s = Saver()
p = Plain()
s.partner = p
p.partner = s
p.data = [1, 2, 3]
del s, p
n = gc.collect()
print(n, len(keep), keep[0].partner.data)
keep.clear()
print(gc.collect())
