# ExceptionGroup construction: the message, the exceptions tuple, and the checks the constructor makes.
eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type")])
print(repr(eg))
print(str(eg))
print(eg.message)
print(eg.exceptions)
print(type(eg.exceptions).__name__, len(eg.exceptions))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
# %%
one = ExceptionGroup("just one", (KeyError("k"),))
print(str(one), repr(one))
print(one.args)
# %%
# BaseExceptionGroup picks ExceptionGroup when every member is an Exception
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()])).__name__)
# %%
for args in [(), ("only message",), (42, [ValueError()]), ("msg", 5), ("msg", []),
             ("msg", [ValueError(), "not an exception"]), ("msg", {ValueError()})]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
# %%
try:
    ExceptionGroup("m", [SystemExit(1)])
except TypeError as err:
    print(err)

class MyGroup(ExceptionGroup):
    pass

try:
    MyGroup("m", [KeyboardInterrupt()])
except TypeError as err:
    print(err)
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as err:
    print(err)
# %%
eg = ExceptionGroup("ro", [ValueError()])
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as err:
        print(attr, "->", err)
print(repr(MyGroup("mine", [ValueError(1)])))
# %%
# a subclass's __new__ must build the group through BaseExceptionGroup.__new__
class Unsafe(ExceptionGroup):
    def __new__(cls, *args):
        return BaseException.__new__(cls)

try:
    Unsafe("m", [ValueError()])
except TypeError as err:
    print(err)

class Extended(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

ext = Extended("with code", [ValueError(1)], 42)
print(repr(ext), ext.code, ext.args)
