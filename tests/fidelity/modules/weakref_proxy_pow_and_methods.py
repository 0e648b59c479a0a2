# A weakref proxy forwards 3-argument pow() to the referent, has __bytes__ and __reversed__ methods
# (callable proxies have neither), and an in-place operator rebinds the name to its result.
# %%
import weakref
class V:
    def __init__(self, x):
        self.x = x
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __bytes__(self):
        return b"bytes of V"
    def __reversed__(self):
        return iter("cba")
    def __iadd__(self, other):
        self.x += other
        return self
v = V(1)
p = weakref.proxy(v)
print(pow(p, 2, 5), p ** 3)
print(bytes(p), list(reversed(p)))
print(hasattr(weakref.ProxyType, "__reversed__"), hasattr(weakref.CallableProxyType, "__bytes__"))
# %%
p += 4
print(type(p).__name__, p is v, v.x)
# %%
del v
print(p.x)
