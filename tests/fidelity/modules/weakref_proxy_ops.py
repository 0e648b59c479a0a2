# Proxies forward operators, len, indexing, iteration and calls; a dead proxy raises ReferenceError.
# %%
import weakref

class Vector:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.items, other.items)))
    def __call__(self, k):
        return [k * x for x in self.items]

v = Vector(1, 2, 3)
p = weakref.proxy(v)
print(len(p), p[1], list(p), (p + v).items, p(2), bool(p))
print(type(p).__name__, isinstance(p, Vector), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
p.extra = 'set through proxy'
print(v.extra)
try:
    hash(p)
except TypeError as e:
    print(e)
# %%
del v
for action in (lambda: len(p), lambda: p[0], lambda: p.items, lambda: p(1)):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
