# split() and subgroup(): by type, tuple of types, or predicate; the nesting is kept.
eg = ExceptionGroup("outer", [
    ValueError(1),
    ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
    KeyError(4),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
# %%
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.subgroup(OSError))
print(eg.split(OSError))
print(eg.subgroup(BaseException) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
# %%
# leaves are shared, not copied
m, r = eg.split(TypeError)
print(m.exceptions[0].exceptions[0] is eg.exceptions[1].exceptions[0])
print(m.message, r.message, m is eg, type(m).__name__)
# %%
# the parts keep the group's traceback, cause and a copy of its notes
try:
    raise ExceptionGroup("with meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, repr(m.__cause__), m.__notes__)
    print(m.__notes__ == caught.__notes__, m.__notes__ is caught.__notes__)
# %%
for bad in (1, "ValueError", (ValueError, 2)):
    try:
        eg.split(bad)
    except TypeError as err:
        print(err)
try:
    eg.split()
except TypeError as err:
    print(err)
# %%
# derive() decides the type of the parts
class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        return TaggedGroup(self.message + "+", excs)

tg = TaggedGroup("tagged", [ValueError(1), TypeError(2)])
m, r = tg.split(TypeError)
print(type(m).__name__, repr(m), repr(r))
print(repr(tg.derive([KeyError(0)])))
print(repr(ExceptionGroup("plain", [ValueError()]).derive([KeyboardInterrupt()])))
