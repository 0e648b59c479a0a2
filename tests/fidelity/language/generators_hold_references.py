# A suspended generator keeps its frame, and so its locals, alive until it finishes or is closed.
# %%
import sys
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)

def gen():
    r = Res(1)
    yield 1
    yield 2
    print("generator finishing")

g = gen()
print(next(g))
print("suspended")
print(next(g))
print(list(g))
print("after exhaustion")
# %%
g = gen()
next(g)
g.close()
print("closed")
# %%
g = gen()
next(g)
del g
print("deleted")
# %%
obj = [1, 2]
def holder(x):
    yield x
before = sys.getrefcount(obj)
h = holder(obj)
print(sys.getrefcount(obj) - before)
next(h)
print(sys.getrefcount(obj) - before)
h = None
print(sys.getrefcount(obj) - before)
# %%
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
it = countdown(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
