# Class attributes looked up, then changed, deleted and shadowed: every lookup sees the change.
class A:
    def f(self):
        return "A.f"
    x = 1

class B(A):
    pass

b = B()
print(b.f(), b.x, B.x)
# %%
A.f = lambda self: "new A.f"
A.x = 2
print(b.f(), b.x, B.x)
# %%
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
del A.f
try:
    b.f()
except AttributeError as e:
    print("AttributeError:", e)
# %%
B.__repr__ = lambda self: "<a B>"
print(repr(b))
del B.__repr__
print(repr(b).startswith("<__main__.B object"))
B.__len__ = lambda self: 7
print(len(b))
# %%
B.__doc__ = "docs"
print(B.__doc__, A.__doc__)
# %%
# Classes created and dropped in a loop: each new class answers for itself.
results = []
for i in range(50):
    class C:
        value = i
        def get(self):
            return self.value
    results.append(C().get())
    del C
print(results == list(range(50)))
# %%
import sys
class D:
    pass
for i in range(30):
    name = sys.intern("attr_" + str(i))
    setattr(D, name, i)
    assert getattr(D(), name) == i
    delattr(D, name)
    print(hasattr(D(), name), end=" ")
print()
