# Refcounts of objects CPython's startup image references: interned static strings (_Py_ID
# identifiers and the deep-frozen modules' names, one-letter ones included, which are not the
# Latin-1 singletons), the builtins and sys modules' functions (also held by the interpreter's
# copies of those dicts and by startup modules), and the descriptors of built-in types (heap
# objects held by the type's dict alone).
import sys
print(sys.getrefcount('a'), sys.getrefcount('b'), sys.getrefcount('x'))
print(sys.getrefcount('self'), sys.getrefcount('key'), sys.getrefcount('data'))
print('a' is chr(97), sys.intern('se' + 'lf') is 'self', sys.intern(''.join(['da', 'ta'])) is 'data')
# %%
print(sys.getrefcount(print), sys.getrefcount(len), sys.getrefcount(isinstance), sys.getrefcount(repr))
print(sys.getrefcount(sys.getrefcount), sys.getrefcount(sys.getsizeof), sys.getrefcount(sys.intern))
# %%
print(sys.getrefcount(list.append), sys.getrefcount(int.__add__), sys.getrefcount(int.real))
print(sys.getrefcount(str.join), sys.getrefcount(dict.fromkeys), sys.getrefcount(object.__init__))
m = list.append
print(sys.getrefcount(m))
del m
print(sys.getrefcount(list.append))
