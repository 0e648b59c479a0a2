# Errors from class definitions and dunder methods returning the wrong type.
# %%
class A:
    def m(x):
        return x
    def n():
        return 1
a = A()
print(a.m() is a)
a.n()
# %%
A.m()
# %%
class B:
    def __init__(self, v):
        self.v = v
B()
# %%
B(1, 2)
# %%
class C:
    def __init__(self):
        return 5
C()
# %%
class D:
    __slots__ = ("a",)
    a = 5
# %%
class E:
    x: int = 3
    y: str
print(E.__annotations__, E.x)
E.y
# %%
import sys
class F:
    def __len__(self):
        return -1
len(F())
# %%
class G:
    def __iter__(self):
        return 5
iter(G())
# %%
class H:
    def __repr__(self):
        return 5
repr(H())
# %%
class I:
    def __hash__(self):
        return "x"
hash(I())
# %%
class J:
    pass
J() < J()
# %%
class K(object, object): pass
# %%
class L(int, str): pass
# %%
def f(): pass
f.attr = 1
print(f.__dict__, f.attr)
f.__name__ = 5
