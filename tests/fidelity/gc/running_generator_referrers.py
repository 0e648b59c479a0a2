# A generator's frame shows its locals and stack to the cycle GC only while suspended: running, its
# stacktop is -1 (3.11's SET_LOCALS_FROM_FRAME), saved again when it yields or calls a Python function
# inline; a C call it makes (gc.get_referrers itself, map, sorted, a class call, f(*args), yield from)
# leaves it hidden.
# %%
import gc, functools
def count(o):
    return len(gc.get_referrers(o))
def direct():
    z = []
    yield len(gc.get_referrers(z))
def via_helper():
    z = []
    yield count(z)
class Probe:
    def __init__(self, o): self.n = count(o)
    def method(self, o): return count(o)
    @property
    def prop(self): return count(self.o)
def via_c_calls():
    z = []
    yield list(map(count, [z])), sorted([z], key=count), Probe(z).n, count(*[z]), functools.partial(count)(z)
def via_python_calls():
    z = []
    p = Probe.__new__(Probe)
    p.o = z
    yield p.method(z), (lambda o: count(o))(z), p.prop
for g in (direct, via_helper, via_c_calls, via_python_calls):
    print(g.__name__, next(g()))
# %%
def inner(o):
    yield count(o)
def outer():
    z = []
    yield from inner(z)
print('yield from', next(outer()))
def loop():
    z = []
    for x in [z]:
        yield count(x)
    for x in inner(z):
        yield x
g = loop()
print('loop', next(g), next(g))
# %%
def referents_inside():
    z = []
    yield sorted(type(r).__name__ for r in gc.get_referents(me))
    for i in range(2):
        yield sorted(type(r).__name__ for r in looked_at(me))
def looked_at(gen):
    return gc.get_referents(gen)
me = referents_inside()
print(next(me))
print(next(me))
print(sorted(type(r).__name__ for r in gc.get_referents(me)))
z2 = []
def suspended():
    y = z2
    yield
s = suspended()
before = count(z2)
next(s)
print(before, count(z2))
