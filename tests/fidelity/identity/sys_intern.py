# sys.intern returns the one interned copy of a string.
# %%
import sys
a = sys.intern(''.join(['x', 'y', 'z', '!']))
b = sys.intern(''.join(['x', 'y', 'z', '!']))
print(a is b, a)
c = 'xyz!'
print(c is a)
# %%
d = 'xyz!'
print(d is a)
