# pow(a, b, m) tries a's slot, then b's (first when b's class is a subclass of a's), then m's;
# three-argument power never calls __rpow__.
# %%
class C:
    def __pow__(self, other, mod=None):
        return ("C.__pow__", mod)
    def __rpow__(self, other, mod=None):
        return ("C.__rpow__", mod)
class D(C):
    def __pow__(self, other, mod=None):
        return ("D.__pow__", mod)
print(pow(C(), 2, 3), pow(2, C()), pow(D(), C(), 3), pow(C(), D(), 3))
# %%
for args in ((2, C(), 3), (2, 3, C()), (2.0, 3, 4)):
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
