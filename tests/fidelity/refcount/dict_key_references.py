# A dict holds references to its keys and its values.
# %%
import sys
class K:
    pass

k = K()
v = K()
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = k
print(sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k), sys.getrefcount(v))
