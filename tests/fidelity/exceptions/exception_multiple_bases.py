# Exception classes with several bases: allowed when at most one base adds fields to BaseException.
class ParseError(ValueError, KeyError):
    pass

print(ParseError.__mro__)
print(repr(ParseError("bad key")), isinstance(ParseError(), LookupError))

class DiskError(OSError, ValueError):
    pass

err = DiskError(28, "No space left on device")
print(DiskError.__base__.__name__, err.errno, err.strerror, isinstance(err, ValueError))
print(ExceptionGroup.__base__.__name__, ExceptionGroup.__bases__)
# %%
try:
    class Broken(OSError, AttributeError):
        pass
except TypeError as e:
    print(e)
try:
    class AlsoBroken(BaseExceptionGroup, StopIteration):
        pass
except TypeError as e:
    print(e)

class GroupAndValue(ExceptionGroup, ValueError):
    pass

g = GroupAndValue("mixed", [KeyError(1)])
print(repr(g), isinstance(g, ValueError), GroupAndValue.__mro__)
try:
    raise g
except ValueError as caught:
    print("caught as ValueError:", caught)
