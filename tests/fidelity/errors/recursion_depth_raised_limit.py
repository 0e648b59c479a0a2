# The depth a recursion reaches before RecursionError under sys.setrecursionlimit(3000), then 1000 again
import sys
sys.setrecursionlimit(3000)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
# %%
def d2(n=0):
    try:
        return d2(n + 1)
    except RecursionError:
        return n
print(d2())
class A:
    def m(self, n):
        try:
            return self.m(n + 1)
        except RecursionError:
            return n
print(A().m(0))
def d3(n):
    if n > 100000: return n
    return d3(n + 1)
try:
    d3(0)
except RecursionError as e:
    print(e)
# %%
sys.setrecursionlimit(1000)
print(depth(0), d2(), A().m(0))
def viaRepr():
    class R:
        def __repr__(self):
            return repr(self)
    try:
        repr(R())
    except RecursionError as e:
        print(e)
viaRepr()
