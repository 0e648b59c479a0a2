# __basicsize__/__itemsize__ of the runtime types (frame and generator include the 9 words of a
# _PyInterpreterFrame's specials) and getsizeof of live frames and generators.
import sys, types
def g():
    yield 1
for t in [property, staticmethod, classmethod, super, types.FunctionType, types.MethodType, types.ModuleType, types.FrameType, types.TracebackType, slice, types.GeneratorType, types.CellType, types.BuiltinFunctionType, types.MappingProxyType]:
    print(t.__name__, t.__basicsize__, t.__itemsize__)
print(sys.getsizeof(sys._getframe()), sys.getsizeof(g()))
def h(a, b, c):
    x = 1
    return sys.getsizeof(sys._getframe())
print(h(1, 2, 3))
print(sys.getsizeof(property(lambda s: 1)))
