# Strings built at run time are new objects unless interned.
# %%
import sys
s = 'hello'
t = ''.join(['hel', 'lo'])
print(s == t, s is t)
u = sys.intern(t)
print(u is s, u is t)
# %%
v = 'spam eggs'
w = ' '.join(['spam', 'eggs'])
print(v is w, sys.intern(w) is sys.intern(v))
print(sys.intern(v) is v)
