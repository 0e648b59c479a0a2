# A __repr__ that returns a non-str: repr() reports it as __repr__'s error, but str(), print(), f-strings,
# %s and format() reach it through object.__str__ (which calls the repr slot unchecked) and report __str__.
class A:
    def __init__(self): self.value = 5
    def __repr__(self): return self.value
a = A()
for f in (str, repr, print, lambda o: f"{o}", lambda o: "%s" % o, lambda o: "%r" % o, format, ascii, lambda o: [o].__repr__(), lambda o: object.__str__(o)):
    try:
        print(repr(f(a)))
    except TypeError as e:
        print(type(e).__name__, e)
a
# %%
class B:
    def __str__(self): return 7
for f in (str, print, repr, lambda o: f"{o!s}"):
    try:
        f(B())
    except TypeError as e:
        print(e)
