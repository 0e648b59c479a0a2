# A bound method references its instance (and the function).
# %%
import sys
class C:
    def method(self):
        return 1

c = C()
print(sys.getrefcount(c))
m = c.method
print(sys.getrefcount(c))
m2 = c.method
print(sys.getrefcount(c), m is m2, m == m2)
del m, m2
print(sys.getrefcount(c))
