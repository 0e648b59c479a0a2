# Module-level names (LOAD_NAME / STORE_NAME) stay right while the namespaces change under a loop.
import sys
total = 0
for i in range(6):
    total += i
    if i == 2:
        len = lambda s: 100
    if i == 4:
        del len
    print(i, total, len("ab"))

# %%
class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        global victim
        print("del", self.tag, "victim" in globals())
        if self.tag == "b":
            del victim

victim = Noisy("a")
for tag in "bc":
    victim = Noisy(tag)
print("victim" in globals())
victim = 5
print(victim, sys.getrefcount(victim) > 1)

# %%
def make(shadow):
    class Body:
        if shadow:
            len = lambda s: -1
        n = len("abc") + scale
    return Body.n
scale = 1
print(make(False), make(True), make(False))
scale = 10
print(make(True), make(False))
len = lambda s: 1000
print(make(False), make(True))
del len, scale
try:
    make(False)
except NameError as e:
    print("NameError:", e)

# %%
def run():
    out = []
    class K:
        a = 1
        for j in range(3):
            a = a + j
            out.append(a)
        b = a
    return out, K.a, K.b
print(run(), run())
globals()[1] = "one"
for k in range(3):
    value = k * k
print(value, globals()[1])
obj = object()
before = sys.getrefcount(obj)
for k in range(100):
    alias = obj
print(sys.getrefcount(obj) - before)
del alias
print(sys.getrefcount(obj) - before)

# %%
seen = []
for k in range(4):
    temp = k
    seen.append(temp)
    del temp
    if k % 2:
        last = globals().popitem()
        print(last[0], last[1] == k or last[1])
        newname = k * 10
    try:
        print(temp)
    except NameError as e:
        print("NameError:", e)
print(seen, newname)
