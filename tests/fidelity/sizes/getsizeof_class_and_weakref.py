# A class object is 1688 bytes; weakref.ref and weakref.proxy objects are 80.
# %%
import sys
import weakref
class C:
    pass
print(sys.getsizeof(C))
c = C()
print(sys.getsizeof(weakref.ref(c)), sys.getsizeof(weakref.proxy(c)))
