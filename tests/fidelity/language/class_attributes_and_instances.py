# Class vs instance attributes, shadowing, mutating a shared class attribute, getattr fallbacks.
# %%
class Counter:
    shared = []
    total = 0
    def __init__(self):
        Counter.total += 1
        self.own = []

a, b = Counter(), Counter()
a.shared.append('a')
a.own.append('a')
a.total = 100
print(b.shared, b.own, a.total, b.total, Counter.total)
del a.total
print(a.total, vars(a), sorted(vars(Counter).keys() & {'shared', 'total'}))
# %%
class Dyn:
    def __getattr__(self, name):
        return f'computed {name}'
d = Dyn()
d.real = 1
print(d.real, d.missing, getattr(d, 'other'))
