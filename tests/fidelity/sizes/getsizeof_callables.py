# function / lambda 152, bound method 48, closure cell 40.
# %%
import sys
def f():
    pass
g = lambda: 0
print(sys.getsizeof(f), sys.getsizeof(g))
class C:
    def m(self):
        pass
print(sys.getsizeof(C().m))
def outer():
    v = 1
    def inner():
        return v
    return inner
print(sys.getsizeof(outer().__closure__[0]))
