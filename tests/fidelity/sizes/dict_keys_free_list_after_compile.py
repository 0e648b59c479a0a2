# The keys free list (log2-size-3 unicode key tables) as compile() leaves it: the symtable's and
# compiler's dicts of identifiers (ste_symbols, scopes, u_names, ...) free their small tables to it,
# so a cell's first small str-keyed dicts take a table without a new pymalloc block.
# %%
import sys
g = sys.getallocatedblocks
r = []
b = g(); r.append(g() - b)
b = g(); d1 = {}; r.append(g() - b)
b = g(); d1['a'] = 1; r.append(g() - b)
b = g(); d2 = {}; r.append(g() - b)
b = g(); d2['a'] = 1; r.append(g() - b)
b = g(); d3 = {'a': 1}; r.append(g() - b)
print(r)
# %%
def per_dict(n):
    out = []
    keep = []
    for i in range(n):
        b = g()
        keep.append({'k': i})
        out.append(g() - b)
    return out
print(per_dict(12))
# %%
import tracemalloc
tracemalloc.start()
# %%
b = tracemalloc.get_traced_memory()[0]
rows = [{"id": 1} for i in range(3)]
print(tracemalloc.get_traced_memory()[0] - b)
# %%
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
before = tracemalloc.get_traced_memory()[0]
configs = [{"name": "p", "size": i} for i in range(4)]
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
