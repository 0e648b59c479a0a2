# sys's configuration strings (sys.platform, sys.byteorder, version_info.releaselevel,
# hash_info.algorithm) are made by PyUnicode_FromString: new, not interned objects, so not the
# object a literal with the same text is, and counted only by what holds them.
# %%
import sys
print(sys.getrefcount(sys.version_info.releaselevel), sys.getrefcount(sys.hash_info.algorithm))
print(sys.getrefcount(sys.platform), sys.getrefcount(sys.byteorder))
# %%
print(sys.platform is "linux", sys.byteorder is "little")
print(sys.version_info.releaselevel is "final", sys.hash_info.algorithm is "siphash13")
x = "little"
print(sys.byteorder is x, sys.byteorder == x, sys.intern(sys.byteorder) is x)
