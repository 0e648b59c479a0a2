# Instances of user-defined exception classes accept weak references; built-in exceptions do not.
# %%
import weakref
class E(Exception): pass
e = E('x')
r = weakref.ref(e, lambda w: print('exc gone'))
print(E.__weakrefoffset__, r() is e)
del e
print(r())
try:
    weakref.ref(ValueError())
except TypeError as err:
    print(err)
