# Ints in -5..256 are cached singletons; others built at run time are new objects.
# %%
print(int('256') is int('256'))
print(int('257') is int('257'))
print(int('-5') is int('-5'))
print(int('-6') is int('-6'))
print(int('0') is int('-0'))
# %%
base = 250
a = base + 6
b = base + 6
print(a, a is b)
c = base + 7
d = base + 7
print(c, c is d)
# %%
n = -3
print(n - 2 is n - 2, n - 3 is n - 3)
print(2 ** 8 is int('256'), (base * 2) // 2 is (base * 2) // 2)
