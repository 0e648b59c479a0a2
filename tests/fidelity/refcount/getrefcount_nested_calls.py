# Each call level that holds the object as a parameter or local adds one reference.
# %%
import sys
payload = []
def level3(p):
    return sys.getrefcount(p)
def level2(p):
    return level3(p)
def level1(p):
    local = p
    return level2(p)
print(sys.getrefcount(payload))
print(level3(payload))
print(level2(payload))
print(level1(payload))
# %%
def count_args(*args):
    return sys.getrefcount(payload)
print(count_args(payload))
print(count_args(payload, payload))
def count_kwargs(**kw):
    return sys.getrefcount(payload)
print(count_kwargs(a=payload))
# %%
class Holder:
    def __init__(self, v):
        self.v = v
    def check(self):
        return sys.getrefcount(self.v)
h = Holder(payload)
print(sys.getrefcount(payload))
print(h.check())
